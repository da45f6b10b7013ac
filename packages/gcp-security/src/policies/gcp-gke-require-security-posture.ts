import { msg, show } from "@rampart/policy-core";
import { clusterSettingPolicy } from "../lib/gke";

/**
 * GKE clusters should keep the security posture dashboard on (`securityPostureConfig.mode`
 * `BASIC` or `ENTERPRISE`), which audits workload configurations. Omitted, the provider leaves
 * the mode to GKE, which applies its default posture (the standard tier on new clusters of current
 * versions), so only an explicit `DISABLED` is reported.
 */
export default clusterSettingPolicy({
  name: "gcp-gke-require-security-posture",
  description: "GKE clusters should keep security posture enabled (securityPostureConfig.mode not DISABLED).",
  severity: "low",
  enforcementLevel: "advisory",
  remediationSteps: 'Remove securityPostureConfig.mode "DISABLED" or set it to "BASIC" (or "ENTERPRISE" on GKE Enterprise).',
  url: "https://cloud.google.com/kubernetes-engine/docs/concepts/about-security-posture-dashboard",
  setting: "securityPostureConfig.mode",
  problem: (mode) =>
    mode.state === "known" && String(mode.value).toUpperCase() === "DISABLED"
      ? msg`securityPostureConfig.mode is ${show(mode.value)}, so GKE does not report workload configuration concerns for the cluster. Set it to "BASIC" or remove it.`
      : undefined,
});
