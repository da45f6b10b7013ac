import { booleanPolicy } from "../lib/checks";
import { GKE_CLUSTER } from "../lib/gke";

/**
 * GKE clusters should not be alpha clusters (`enableKubernetesAlpha`, false by default): alpha
 * features have no SLA or security patches through upgrades, and the cluster cannot be upgraded and
 * is deleted after 30 days.
 */
export default booleanPolicy({
  name: "gcp-gke-disallow-alpha-cluster",
  description: "GKE clusters should not enable Kubernetes alpha features (enableKubernetesAlpha false, the default).",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps: "Remove enableKubernetesAlpha (the default is false); use alpha clusters only for short-lived tests, never for production workloads.",
  url: "https://cloud.google.com/kubernetes-engine/docs/concepts/alpha-clusters",
  resourceTypes: [GKE_CLUSTER],
  path: "enableKubernetesAlpha",
  want: false,
  defaultValue: false,
  risk: "the cluster runs unsupported alpha features, cannot be upgraded and is deleted after 30 days",
  fix: "Remove enableKubernetesAlpha for production clusters.",
});
