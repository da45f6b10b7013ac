import { fixtures, unknown } from "@rampart/policy-testing";
import { cluster, nodePool } from "../lib/gke.fixtures-kit";

export default fixtures([
  { name: "cluster with defaults (ABAC off)", expect: "pass", resource: cluster({ initialNodeCount: 1 }) },
  { name: "ABAC explicitly off", expect: "pass", resource: cluster({ initialNodeCount: 1, enableLegacyAbac: false }) },
  {
    name: "ABAC on",
    expect: "violate",
    message: "enableLegacyAbac is true",
    resource: cluster({ initialNodeCount: 1, enableLegacyAbac: true }),
  },
  { name: "ABAC unknown during preview", expect: "unknown", resource: cluster({ enableLegacyAbac: unknown() }) },
  {
    name: "a node pool is not a cluster",
    expect: "not-applicable",
    resource: nodePool({ nodeCount: 1 }),
  },
]);
