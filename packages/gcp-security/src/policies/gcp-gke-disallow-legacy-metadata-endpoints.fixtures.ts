import { fixtures, unknown } from "@rampart/policy-testing";

const C = "gcp:container/cluster:Cluster";
const P = "gcp:container/nodePool:NodePool";

export default fixtures([
  {
    name: "metadata not set (API disables legacy endpoints)",
    expect: "pass",
    resource: { type: P, props: { cluster: "c", nodeConfig: { machineType: "e2-standard-4" } } },
  },
  {
    name: "legacy endpoints explicitly disabled",
    expect: "pass",
    resource: { type: P, props: { cluster: "c", nodeConfig: { metadata: { "disable-legacy-endpoints": "true" } } } },
  },
  {
    name: "legacy endpoints re-enabled",
    expect: "violate",
    message: '["disable-legacy-endpoints"] is "false"',
    resource: { type: P, props: { cluster: "c", nodeConfig: { metadata: { "disable-legacy-endpoints": "false" } } } },
  },
  {
    name: "cluster default pool re-enabling them",
    expect: "violate",
    message: 'nodeConfig.metadata["disable-legacy-endpoints"]',
    resource: { type: C, props: { location: "europe-west1", nodeConfig: { metadata: { "disable-legacy-endpoints": "false" } } } },
  },
  { name: "metadata unknown during preview", expect: "unknown", resource: { type: P, props: { cluster: "c", nodeConfig: { metadata: unknown() } } } },
  { name: "a registry is not a cluster", expect: "not-applicable", resource: { type: "gcp:container/registry:Registry", props: { location: "EU" } } },
]);
