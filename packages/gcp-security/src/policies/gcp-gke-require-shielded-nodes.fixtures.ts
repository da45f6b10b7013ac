import { fixtures, unknown } from "@rampart/policy-testing";
import { cluster, nodePool } from "../lib/gke.fixtures-kit";

export default fixtures([
  { name: "defaults (shielded nodes on)", expect: "pass", resource: cluster({ initialNodeCount: 1 }) },
  { name: "explicitly on", expect: "pass", resource: cluster({ enableShieldedNodes: true }) },
  {
    name: "turned off",
    expect: "violate",
    message: "enableShieldedNodes is false",
    resource: cluster({ enableShieldedNodes: false }),
  },
  { name: "unknown during preview", expect: "unknown", resource: cluster({ enableShieldedNodes: unknown() }) },
  {
    name: "a node pool is not a cluster",
    expect: "not-applicable",
    resource: nodePool({ nodeCount: 1 }),
  },
]);
