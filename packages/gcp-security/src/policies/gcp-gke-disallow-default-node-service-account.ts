import { nodeSettingPolicy } from "../lib/gke";

/** Whether a node service account is the Compute Engine default one (`default`, `<number>-compute@developer.gserviceaccount.com`). */
function isDefaultAccount(sa: string): boolean {
  const s = sa.trim().toLowerCase();
  return s === "default" || s.endsWith("-compute@developer.gserviceaccount.com");
}

/**
 * GKE nodes should run as a dedicated, least-privilege service account
 * (`nodeConfig.serviceAccount`); omitted, they use the Compute Engine default service account,
 * which has the Editor role in many projects.
 */
export default nodeSettingPolicy({
  name: "gcp-gke-disallow-default-node-service-account",
  description: "GKE node pools should use a dedicated service account, not the Compute Engine default service account.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    "Create a gcp.serviceaccount.Account with only roles/container.defaultNodeServiceAccount (logging and monitoring writer, artifact reader) and set nodeConfig.serviceAccount to its email on each node pool.",
  url: "https://cloud.google.com/kubernetes-engine/docs/how-to/service-accounts#default-gke-service-agent",
  setting: "serviceAccount",
  unknown: "set", // a service account created in the program
  problem: (sa, at) =>
    sa.state === "known" && !isDefaultAccount(String(sa.value))
      ? undefined
      : `${at} is ${sa.state === "known" ? "the Compute Engine default service account" : "not set (nodes use the Compute Engine default service account)"}. Set it to a dedicated least-privilege service account.`,
});
