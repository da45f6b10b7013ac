import { booleanPolicy } from "../lib/checks";
import { GKE_CLUSTER } from "../lib/gke";

/**
 * GKE clusters should enable intranode visibility (`enableIntranodeVisibility`, false by default),
 * so pod-to-pod traffic on the same node goes through the VPC network and appears in its flow logs
 * and firewall rules. Flow logs themselves are a setting of the subnet
 * (gcp-compute-require-subnet-flow-logs).
 */
export default booleanPolicy({
  name: "gcp-gke-require-intranode-visibility",
  description: "GKE clusters should enable intranode visibility (enableIntranodeVisibility true).",
  severity: "low",
  enforcementLevel: "advisory",
  remediationSteps: "Set enableIntranodeVisibility to true on the cluster and enable flow logs on the cluster's subnet (logConfig on the subnetwork).",
  url: "https://cloud.google.com/kubernetes-engine/docs/how-to/intranode-visibility",
  resourceTypes: [GKE_CLUSTER],
  path: "enableIntranodeVisibility",
  want: true,
  defaultValue: false,
  risk: "traffic between pods on the same node bypasses the VPC network and is missing from its flow logs",
  fix: "Set enableIntranodeVisibility to true.",
});
