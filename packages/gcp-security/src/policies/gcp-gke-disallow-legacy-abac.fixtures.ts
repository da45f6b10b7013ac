import { fixtures, unknown } from "@rampart/policy-testing";

const C = "gcp:container/cluster:Cluster";

export default fixtures([
  { name: "cluster with defaults (ABAC off)", expect: "pass", resource: { type: C, props: { location: "europe-west1", initialNodeCount: 1 } } },
  { name: "ABAC explicitly off", expect: "pass", resource: { type: C, props: { location: "europe-west1", initialNodeCount: 1, enableLegacyAbac: false } } },
  {
    name: "ABAC on",
    expect: "violate",
    message: "enableLegacyAbac is true",
    resource: { type: C, props: { location: "europe-west1", initialNodeCount: 1, enableLegacyAbac: true } },
  },
  { name: "ABAC unknown during preview", expect: "unknown", resource: { type: C, props: { location: "europe-west1", enableLegacyAbac: unknown() } } },
  {
    name: "a node pool is not a cluster",
    expect: "not-applicable",
    resource: { type: "gcp:container/nodePool:NodePool", props: { cluster: "c", nodeCount: 1 } },
  },
]);
