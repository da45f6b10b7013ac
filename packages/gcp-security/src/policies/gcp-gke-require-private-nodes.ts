import { peek, requireKnown } from "@rampart/policy-core";
import { GKE_CLUSTER, GKE_NODE_POOL } from "../lib/gke";
import { gcpPolicy } from "../policy";

/**
 * GKE nodes should have internal IP addresses only: `privateClusterConfig.enablePrivateNodes:
 * true` on the cluster (off when omitted). A NodePool inherits the cluster's setting and is
 * reported only when it turns private nodes off itself (`networkConfig.enablePrivateNodes: false`).
 */
export default gcpPolicy({
  name: "gcp-gke-require-private-nodes",
  description: "GKE clusters should use private nodes (privateClusterConfig.enablePrivateNodes true), with no node pool opting out.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    "Set privateClusterConfig.enablePrivateNodes to true (with a masterIpv4CidrBlock or privateEndpointSubnetwork) and give the nodes egress through Cloud NAT; remove networkConfig.enablePrivateNodes false from node pools.",
  url: "https://cloud.google.com/kubernetes-engine/docs/how-to/private-clusters",
  resourceTypes: [GKE_CLUSTER, GKE_NODE_POOL],
  validateResource: ({ type, props }, report) => {
    if (type === GKE_NODE_POOL) {
      const np = peek<boolean>(props, "networkConfig.enablePrivateNodes");
      if (np.state === "unknown") return requireKnown(props, "networkConfig.enablePrivateNodes");
      if (np.state === "known" && np.value === false) {
        report("networkConfig.enablePrivateNodes is false, so this node pool's nodes get public IP addresses. Remove it or set it to true.");
      }
      return;
    }
    const pn = peek<boolean>(props, "privateClusterConfig.enablePrivateNodes");
    if (pn.state === "unknown") return requireKnown(props, "privateClusterConfig.enablePrivateNodes");
    if (pn.state === "known" && pn.value === true) return;
    report(
      `privateClusterConfig.enablePrivateNodes is ${pn.state === "known" ? "false" : "not set (off by default)"}, so the cluster's nodes get public IP addresses. Set privateClusterConfig.enablePrivateNodes to true.`,
    );
  },
});
