import { nodeSettingPolicy } from "../lib/gke";

/**
 * Shielded GKE nodes should keep integrity monitoring on
 * (`nodeConfig.shieldedInstanceConfig.enableIntegrityMonitoring`, true by default), so changes to
 * the boot sequence are measured and reported. Only an explicit `false` is reported. Autopilot
 * nodes have it always.
 */
export default nodeSettingPolicy({
  name: "gcp-gke-require-node-integrity-monitoring",
  description: "GKE node pools must keep integrity monitoring enabled (nodeConfig.shieldedInstanceConfig.enableIntegrityMonitoring true, the default).",
  severity: "low",
  enforcementLevel: "advisory",
  remediationSteps:
    "Remove enableIntegrityMonitoring: false from nodeConfig.shieldedInstanceConfig (the default is true) or set it to true; the pool's nodes are recreated.",
  url: "https://cloud.google.com/kubernetes-engine/docs/how-to/shielded-gke-nodes#integrity_monitoring",
  setting: "shieldedInstanceConfig.enableIntegrityMonitoring",
  unknown: "ask",
  problem: (im, at) =>
    im.state === "known" && (im.value === false || (im.value as unknown) === "false")
      ? `${at} is false, so changes to the nodes' boot sequence go undetected. Remove it (the default is true) or set it to true.`
      : undefined,
});
