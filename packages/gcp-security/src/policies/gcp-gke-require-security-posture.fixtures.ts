import { fixtures, unknown } from "@rampart/policy-testing";

const C = "gcp:container/cluster:Cluster";

export default fixtures([
  { name: "omitted (BASIC by default)", expect: "pass", resource: { type: C, props: { location: "europe-west1" } } },
  {
    name: "enterprise posture",
    expect: "pass",
    resource: { type: C, props: { location: "europe-west1", securityPostureConfig: { mode: "ENTERPRISE", vulnerabilityMode: "VULNERABILITY_ENTERPRISE" } } },
  },
  { name: "basic posture", expect: "pass", resource: { type: C, props: { location: "europe-west1", securityPostureConfig: { mode: "BASIC" } } } },
  {
    name: "posture disabled",
    expect: "violate",
    message: 'securityPostureConfig.mode is "DISABLED"',
    resource: { type: C, props: { location: "europe-west1", securityPostureConfig: { mode: "DISABLED" } } },
  },
  { name: "unknown during preview", expect: "unknown", resource: { type: C, props: { location: "europe-west1", securityPostureConfig: { mode: unknown() } } } },
  { name: "a node pool is not a cluster", expect: "not-applicable", resource: { type: "gcp:container/nodePool:NodePool", props: { cluster: "c" } } },
]);
