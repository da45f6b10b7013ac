import { isSet, peek, requireKnown } from "@rampart/policy-core";
import { autopilot, GKE_CLUSTER } from "../lib/gke";
import { gcpPolicy } from "../policy";

/**
 * GKE Standard clusters should enable Workload Identity Federation for GKE
 * (`workloadIdentityConfig.workloadPool`, e.g. `<project>.svc.id.goog`), so pods use their own
 * IAM identity instead of the node's service account. Autopilot enables it always.
 */
export default gcpPolicy({
  name: "gcp-gke-require-workload-identity",
  description: "GKE clusters should enable Workload Identity (workloadIdentityConfig.workloadPool set).",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    'Set workloadIdentityConfig { workloadPool: "<project-id>.svc.id.goog" } on the cluster and workloadMetadataConfig { mode: "GKE_METADATA" } on its node pools, then bind Kubernetes service accounts to IAM.',
  url: "https://cloud.google.com/kubernetes-engine/docs/how-to/workload-identity",
  resourceTypes: [GKE_CLUSTER],
  validateResource: ({ props }, report) => {
    const ap = autopilot(props);
    if (ap === true) return;
    const pool = peek<string>(props, "workloadIdentityConfig.workloadPool");
    if (pool.state === "unknown" || (pool.state === "known" && pool.value !== "")) return; // set (unknown counts as set)
    if (ap === "unknown") return requireKnown(props, "enableAutopilot");
    report(
      `workloadIdentityConfig.workloadPool is ${isSet(props, "workloadIdentityConfig") ? "empty" : "not set"}, so pods act with the node's service account. Set workloadIdentityConfig.workloadPool to "<project-id>.svc.id.goog".`,
    );
  },
});
