import { fixtures, unknown } from "@rampart/policy-testing";

const C = "gcp:container/cluster:Cluster";
const P = "gcp:container/nodePool:NodePool";

export default fixtures([
  { name: "node pool with defaults (both on)", expect: "pass", resource: { type: P, props: { cluster: "c", nodeCount: 3 } } },
  { name: "both explicitly on", expect: "pass", resource: { type: P, props: { cluster: "c", management: { autoUpgrade: true, autoRepair: true } } } },
  {
    name: "auto-upgrade off",
    expect: "violate",
    message: "management.autoUpgrade is false",
    resource: { type: P, props: { cluster: "c", management: { autoUpgrade: false, autoRepair: true } } },
  },
  {
    name: "both off",
    expect: "violate",
    message: "management.autoUpgrade and management.autoRepair are false",
    resource: { type: P, props: { cluster: "c", management: { autoUpgrade: false, autoRepair: false } } },
  },
  {
    name: "inline pool with auto-repair off",
    expect: "violate",
    message: "nodePools[0].management.autoRepair is false",
    resource: { type: C, props: { location: "europe-west1", nodePools: [{ name: "a", management: { autoRepair: false } }] } },
  },
  { name: "unknown during preview", expect: "unknown", resource: { type: P, props: { cluster: "c", management: { autoUpgrade: unknown() } } } },
  { name: "a registry is not a cluster", expect: "not-applicable", resource: { type: "gcp:container/registry:Registry", props: { location: "EU" } } },
]);
