import { fixtures, unknown } from "@rampart/policy-testing";

const C = "gcp:container/cluster:Cluster";

export default fixtures([
  { name: "stable channel", expect: "pass", resource: { type: C, props: { location: "europe-west1", releaseChannel: { channel: "STABLE" } } } },
  { name: "omitted (new clusters are enrolled in REGULAR)", expect: "pass", resource: { type: C, props: { location: "europe-west1", initialNodeCount: 1 } } },
  {
    name: "opted out",
    expect: "violate",
    message: '"UNSPECIFIED"',
    resource: { type: C, props: { location: "europe-west1", releaseChannel: { channel: "UNSPECIFIED" } } },
  },
  { name: "unknown during preview", expect: "unknown", resource: { type: C, props: { location: "europe-west1", releaseChannel: { channel: unknown() } } } },
  {
    name: "a node pool is not a cluster",
    expect: "not-applicable",
    resource: { type: "gcp:container/nodePool:NodePool", props: { cluster: "c", nodeCount: 1 } },
  },
]);
