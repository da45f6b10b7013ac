import { fixtures, unknown } from "@rampart/policy-testing";

const C = "gcp:container/cluster:Cluster";

export default fixtures([
  { name: "defaults (not alpha)", expect: "pass", resource: { type: C, props: { location: "europe-west1" } } },
  { name: "alpha explicitly off", expect: "pass", resource: { type: C, props: { location: "europe-west1", enableKubernetesAlpha: false } } },
  {
    name: "alpha cluster",
    expect: "violate",
    message: "enableKubernetesAlpha is true",
    resource: { type: C, props: { location: "europe-west1", enableKubernetesAlpha: true } },
  },
  { name: "unknown during preview", expect: "unknown", resource: { type: C, props: { location: "europe-west1", enableKubernetesAlpha: unknown() } } },
  { name: "a node pool is not a cluster", expect: "not-applicable", resource: { type: "gcp:container/nodePool:NodePool", props: { cluster: "c" } } },
]);
