import { fixtures, unknown } from "@rampart/policy-testing";

const C = "gcp:container/cluster:Cluster";
const P = "gcp:container/nodePool:NodePool";

export default fixtures([
  {
    name: "node pool with secure boot",
    expect: "pass",
    resource: { type: P, props: { cluster: "c", nodeConfig: { shieldedInstanceConfig: { enableSecureBoot: true } } } },
  },
  { name: "Autopilot cluster", expect: "pass", resource: { type: C, props: { location: "europe-west1", enableAutopilot: true } } },
  {
    name: "cluster whose default pool is removed",
    expect: "pass",
    resource: { type: C, props: { location: "europe-west1", removeDefaultNodePool: true, initialNodeCount: 1 } },
  },
  {
    name: "node pool without shielded config",
    expect: "violate",
    message: "nodeConfig.shieldedInstanceConfig.enableSecureBoot is not set",
    resource: { type: P, props: { cluster: "c", nodeCount: 1 } },
  },
  {
    name: "secure boot off",
    expect: "violate",
    message: "enableSecureBoot is false",
    resource: { type: P, props: { cluster: "c", nodeConfig: { shieldedInstanceConfig: { enableSecureBoot: false } } } },
  },
  {
    name: "cluster default pool without secure boot",
    expect: "violate",
    message: "nodeConfig.shieldedInstanceConfig.enableSecureBoot",
    resource: { type: C, props: { location: "europe-west1", initialNodeCount: 1 } },
  },
  {
    name: "unknown during preview",
    expect: "unknown",
    resource: { type: P, props: { cluster: "c", nodeConfig: { shieldedInstanceConfig: { enableSecureBoot: unknown() } } } },
  },
  { name: "Autopilot flag unknown", expect: "unknown", resource: { type: C, props: { location: "europe-west1", enableAutopilot: unknown() } } },
  { name: "a registry is not a cluster", expect: "not-applicable", resource: { type: "gcp:container/registry:Registry", props: { location: "EU" } } },
]);
