import { isSet, peek } from "@rampart/policy-core";
import { standardClusterPolicy } from "../lib/gke";

/**
 * GKE Standard clusters should enable Workload Identity Federation for GKE
 * (`workloadIdentityConfig.workloadPool`, e.g. `<project>.svc.id.goog`), so pods use their own
 * IAM identity instead of the node's service account. Autopilot enables it always.
 */
export default standardClusterPolicy({
  name: "gcp-gke-require-workload-identity",
  description: "GKE clusters should enable Workload Identity (workloadIdentityConfig.workloadPool set).",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    'Set workloadIdentityConfig { workloadPool: "<project-id>.svc.id.goog" } on the cluster and workloadMetadataConfig { mode: "GKE_METADATA" } on its node pools, then bind Kubernetes service accounts to IAM.',
  url: "https://cloud.google.com/kubernetes-engine/docs/how-to/workload-identity",
  check: (props) => {
    const pool = peek<string>(props, "workloadIdentityConfig.workloadPool");
    if (pool.state === "unknown" || (pool.state === "known" && pool.value !== "")) return undefined; // set (unknown counts as set)
    return `workloadIdentityConfig.workloadPool is ${isSet(props, "workloadIdentityConfig") ? "empty" : "not set"}, so pods act with the node's service account. Set workloadIdentityConfig.workloadPool to "<project-id>.svc.id.goog".`;
  },
});
