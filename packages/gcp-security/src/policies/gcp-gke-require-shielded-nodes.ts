import { clusterSettingPolicy } from "../lib/gke";

/** GKE clusters must keep Shielded GKE Nodes on (`enableShieldedNodes`, true by default): node identity is then verified before it joins. */
export default clusterSettingPolicy({
  name: "gcp-gke-require-shielded-nodes",
  description: "GKE clusters must keep Shielded GKE Nodes enabled (enableShieldedNodes true, the default).",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps: "Remove enableShieldedNodes false (the default is true) or set enableShieldedNodes to true.",
  url: "https://cloud.google.com/kubernetes-engine/docs/how-to/shielded-gke-nodes",
  setting: "enableShieldedNodes",
  problem: (sn) =>
    sn.state === "known" && sn.value === false
      ? "enableShieldedNodes is false, so a node's identity is not verified and a compromised node can impersonate others. Set enableShieldedNodes to true."
      : undefined,
});
