import { fixtures, unknown } from "@rampart/policy-testing";
import { cluster, nodePool } from "../lib/gke.fixtures-kit";

export default fixtures([
  { name: "stable channel", expect: "pass", resource: cluster({ releaseChannel: { channel: "STABLE" } }) },
  { name: "omitted (new clusters are enrolled in REGULAR)", expect: "pass", resource: cluster({ initialNodeCount: 1 }) },
  {
    name: "opted out",
    expect: "violate",
    message: '"UNSPECIFIED"',
    resource: cluster({ releaseChannel: { channel: "UNSPECIFIED" } }),
  },
  { name: "unknown during preview", expect: "unknown", resource: cluster({ releaseChannel: { channel: unknown() } }) },
  {
    name: "a node pool is not a cluster",
    expect: "not-applicable",
    resource: nodePool({ nodeCount: 1 }),
  },
]);
