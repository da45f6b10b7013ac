import { msg, peek, requireKnown, show } from "@rampart/policy-core";
import { autopilot, GKE_CLUSTER } from "../lib/gke";
import { gcpPolicy } from "../policy";

/**
 * GKE clusters should be VPC-native (alias IPs for pods and services). Only
 * `networkingMode: "ROUTES"` makes a routes-based cluster: omitted, new clusters are `VPC_NATIVE`
 * and GKE fills in `ipAllocationPolicy` (the provider's documented default). Autopilot clusters
 * are always VPC-native.
 */
export default gcpPolicy({
  name: "gcp-gke-require-vpc-native",
  description: "GKE clusters should be VPC-native (networkingMode VPC_NATIVE, the default for new clusters), not routes-based.",
  severity: "low",
  enforcementLevel: "advisory",
  remediationSteps:
    'Remove networkingMode: "ROUTES" (new clusters default to VPC_NATIVE) or set networkingMode to "VPC_NATIVE" with an ipAllocationPolicy (secondary ranges for pods and services); this recreates the cluster.',
  url: "https://cloud.google.com/kubernetes-engine/docs/concepts/alias-ips",
  resourceTypes: [GKE_CLUSTER],
  validateResource: ({ props }, report) => {
    const mode = peek<string>(props, "networkingMode");
    if (mode.state !== "known" || String(mode.value).toUpperCase() !== "ROUTES") {
      if (mode.state === "unknown" && autopilot(props) !== true) requireKnown(props, "networkingMode");
      return;
    }
    const ap = autopilot(props);
    if (ap === true) return;
    if (ap === "unknown") return requireKnown(props, "enableAutopilot");
    report(
      msg`networkingMode is ${show(mode.value)}, so pod addresses are not VPC alias IPs: firewall rules, flow logs and Private Google Access cannot target pods. Use networkingMode "VPC_NATIVE" (the default) with an ipAllocationPolicy.`,
    );
  },
});
