import { fixtures, unknown } from "@rampart/policy-testing";

const C = "gcp:container/cluster:Cluster";

export default fixtures([
  { name: "defaults (shielded nodes on)", expect: "pass", resource: { type: C, props: { location: "europe-west1", initialNodeCount: 1 } } },
  { name: "explicitly on", expect: "pass", resource: { type: C, props: { location: "europe-west1", enableShieldedNodes: true } } },
  {
    name: "turned off",
    expect: "violate",
    message: "enableShieldedNodes is false",
    resource: { type: C, props: { location: "europe-west1", enableShieldedNodes: false } },
  },
  { name: "unknown during preview", expect: "unknown", resource: { type: C, props: { location: "europe-west1", enableShieldedNodes: unknown() } } },
  {
    name: "a node pool is not a cluster",
    expect: "not-applicable",
    resource: { type: "gcp:container/nodePool:NodePool", props: { cluster: "c", nodeCount: 1 } },
  },
]);
