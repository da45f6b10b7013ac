import { peek, peekItems, requireKnown } from "@rampart/policy-core";
import { GKE_CLUSTER, GKE_NODE_POOL } from "../lib/gke";
import { gcpPolicy } from "../policy";

/**
 * GKE nodes should have internal IP addresses only: `privateClusterConfig.enablePrivateNodes:
 * true` on the cluster (off when omitted). A NodePool inherits the cluster's setting and is
 * reported only when it turns private nodes off itself (`networkConfig.enablePrivateNodes: false`).
 * The same holds for a cluster's inline `nodePools[i].networkConfig.enablePrivateNodes`: a cluster
 * whose inline pools (no default pool is then created) all turn private nodes on passes, and an
 * inline pool turning them off on a private cluster is reported.
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
    const pools = peekItems<unknown>(props, "nodePools");
    const own = pools.known.map((p) => peek<boolean>(p, "networkConfig.enablePrivateNodes"));
    if (pn.state === "known" && pn.value === true) {
      const off = own.flatMap((v, i) => (v.state === "known" && v.value === false ? [`nodePools[${i}].networkConfig.enablePrivateNodes`] : []));
      if (off.length > 0) {
        report(
          `${off.join(", ")} ${off.length > 1 ? "are" : "is"} false, so those inline node pools' nodes get public IP addresses. Remove the setting or set it to true.`,
        );
      } else if (pools.unknown || own.some((v) => v.state === "unknown")) requireKnown(props, "nodePools");
      return;
    }
    // Inline pools replace the default pool: all of them private means every node is private.
    if (own.length > 0 && !pools.unknown && own.every((v) => v.state === "known" && v.value === true)) return;
    if (pools.unknown || own.some((v) => v.state === "unknown")) return requireKnown(props, "nodePools");
    report(
      `privateClusterConfig.enablePrivateNodes is ${pn.state === "known" ? "false" : "not set (off by default)"}, so the cluster's nodes get public IP addresses. Set privateClusterConfig.enablePrivateNodes to true.`,
    );
  },
});
