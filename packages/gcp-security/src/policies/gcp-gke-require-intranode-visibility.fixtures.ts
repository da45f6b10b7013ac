import { fixtures, unknown } from "@rampart/policy-testing";

const C = "gcp:container/cluster:Cluster";

export default fixtures([
  { name: "intranode visibility on", expect: "pass", resource: { type: C, props: { location: "europe-west1", enableIntranodeVisibility: true } } },
  {
    name: "Autopilot cluster with intranode visibility",
    expect: "pass",
    resource: { type: C, props: { location: "europe-west1", enableAutopilot: true, enableIntranodeVisibility: true } },
  },
  {
    name: "omitted (false by default)",
    expect: "violate",
    message: "enableIntranodeVisibility is not set (the provider's default is false)",
    resource: { type: C, props: { location: "europe-west1" } },
  },
  {
    name: "turned off",
    expect: "violate",
    message: "enableIntranodeVisibility is false",
    resource: { type: C, props: { location: "europe-west1", enableIntranodeVisibility: false } },
  },
  { name: "unknown during preview", expect: "unknown", resource: { type: C, props: { location: "europe-west1", enableIntranodeVisibility: unknown() } } },
  { name: "a node pool is not a cluster", expect: "not-applicable", resource: { type: "gcp:container/nodePool:NodePool", props: { cluster: "c" } } },
]);
