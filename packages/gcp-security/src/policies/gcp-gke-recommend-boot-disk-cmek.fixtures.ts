import { fixtures, unknown } from "@rampart/policy-testing";
import { autopilotPasses, cluster, defaultPoolRemovedPasses, nodePool, registryNotApplicable } from "../lib/gke.fixtures-kit";

const KEY = "projects/p/locations/europe-west1/keyRings/r/cryptoKeys/disks";

export default fixtures([
  { name: "node pool with a boot disk key", expect: "pass", resource: nodePool({ nodeConfig: { bootDiskKmsKey: KEY } }) },
  {
    name: "key unknown during preview counts as set",
    expect: "pass",
    resource: nodePool({ nodeConfig: { bootDiskKmsKey: unknown() } }),
  },
  autopilotPasses(),
  defaultPoolRemovedPasses(),
  {
    name: "node pool without a key",
    expect: "violate",
    message: "nodeConfig.bootDiskKmsKey is not set",
    resource: nodePool({ nodeCount: 1 }),
  },
  {
    name: "cluster default pool without a key",
    expect: "violate",
    message: "nodeConfig.bootDiskKmsKey is not set",
    resource: cluster({ initialNodeCount: 1 }),
  },
  {
    name: "second inline pool without a key",
    expect: "violate",
    message: "nodePools[1].nodeConfig.bootDiskKmsKey",
    resource: cluster({ nodePools: [{ name: "a", nodeConfig: { bootDiskKmsKey: KEY } }, { name: "b" }] }),
  },
  { name: "pool list unknown during preview", expect: "unknown", resource: cluster({ nodePools: unknown() }) },
  registryNotApplicable(),
]);
