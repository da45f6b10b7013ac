import { fixtures, unknown } from "@rampart/policy-testing";

const C = "gcp:container/cluster:Cluster";
const P = "gcp:container/nodePool:NodePool";
const KEY = "projects/p/locations/europe-west1/keyRings/r/cryptoKeys/disks";

export default fixtures([
  { name: "node pool with a boot disk key", expect: "pass", resource: { type: P, props: { cluster: "c", nodeConfig: { bootDiskKmsKey: KEY } } } },
  {
    name: "key unknown during preview counts as set",
    expect: "pass",
    resource: { type: P, props: { cluster: "c", nodeConfig: { bootDiskKmsKey: unknown() } } },
  },
  { name: "Autopilot cluster", expect: "pass", resource: { type: C, props: { location: "europe-west1", enableAutopilot: true } } },
  {
    name: "cluster whose default pool is removed",
    expect: "pass",
    resource: { type: C, props: { location: "europe-west1", removeDefaultNodePool: true, initialNodeCount: 1 } },
  },
  {
    name: "node pool without a key",
    expect: "violate",
    message: "nodeConfig.bootDiskKmsKey is not set",
    resource: { type: P, props: { cluster: "c", nodeCount: 1 } },
  },
  {
    name: "cluster default pool without a key",
    expect: "violate",
    message: "nodeConfig.bootDiskKmsKey is not set",
    resource: { type: C, props: { location: "europe-west1", initialNodeCount: 1 } },
  },
  {
    name: "second inline pool without a key",
    expect: "violate",
    message: "nodePools[1].nodeConfig.bootDiskKmsKey",
    resource: { type: C, props: { location: "europe-west1", nodePools: [{ name: "a", nodeConfig: { bootDiskKmsKey: KEY } }, { name: "b" }] } },
  },
  { name: "pool list unknown during preview", expect: "unknown", resource: { type: C, props: { location: "europe-west1", nodePools: unknown() } } },
  { name: "a registry is not a cluster", expect: "not-applicable", resource: { type: "gcp:container/registry:Registry", props: { location: "EU" } } },
]);
