import { nodeSettingPolicy } from "../lib/gke";

/**
 * GKE nodes should boot with Secure Boot (`nodeConfig.shieldedInstanceConfig.enableSecureBoot:
 * true`; off by default on Standard clusters), so only signed boot components run. Autopilot
 * nodes have it always.
 */
export default nodeSettingPolicy({
  name: "gcp-gke-require-node-secure-boot",
  description: "GKE node pools should enable Secure Boot (nodeConfig.shieldedInstanceConfig.enableSecureBoot true).",
  severity: "low",
  enforcementLevel: "advisory",
  remediationSteps:
    "Set nodeConfig.shieldedInstanceConfig { enableSecureBoot: true, enableIntegrityMonitoring: true } on each node pool (the pool's nodes are recreated).",
  url: "https://cloud.google.com/kubernetes-engine/docs/how-to/shielded-gke-nodes#secure_boot",
  setting: "shieldedInstanceConfig.enableSecureBoot",
  unknown: "ask",
  problem: (sb, at) =>
    sb.state === "known" && sb.value === true
      ? undefined
      : `${at} is ${sb.state === "known" ? "false" : "not set (off by default)"}, so nodes boot without verifying boot components. Set it to true.`,
});
