import { fixtures, unknown } from "@rampart/policy-testing";
import { cluster, nodePool, registryNotApplicable } from "../lib/gke.fixtures-kit";

export default fixtures([
  {
    name: "private nodes",
    expect: "pass",
    resource: cluster({ privateClusterConfig: { enablePrivateNodes: true, masterIpv4CidrBlock: "172.16.0.0/28" } }),
  },
  { name: "node pool inheriting the cluster's setting", expect: "pass", resource: nodePool({ nodeCount: 1 }) },
  {
    name: "cluster without privateClusterConfig",
    expect: "violate",
    message: "enablePrivateNodes is not set",
    resource: cluster({ initialNodeCount: 1 }),
  },
  {
    name: "private nodes off",
    expect: "violate",
    message: "enablePrivateNodes is false",
    resource: cluster({ privateClusterConfig: { enablePrivateNodes: false } }),
  },
  {
    name: "node pool opting out",
    expect: "violate",
    message: "networkConfig.enablePrivateNodes is false",
    resource: nodePool({ networkConfig: { enablePrivateNodes: false } }),
  },
  {
    name: "unknown during preview",
    expect: "unknown",
    resource: cluster({ privateClusterConfig: { enablePrivateNodes: unknown() } }),
  },
  { name: "node pool setting unknown", expect: "unknown", resource: nodePool({ networkConfig: { enablePrivateNodes: unknown() } }) },
  {
    name: "public cluster whose inline node pools all turn private nodes on",
    expect: "pass",
    resource: cluster({
      nodePools: [
        { name: "a", networkConfig: { enablePrivateNodes: true } },
        { name: "b", networkConfig: { enablePrivateNodes: true } },
      ],
    }),
  },
  {
    name: "one inline pool without private nodes on a public cluster",
    expect: "violate",
    message: "privateClusterConfig.enablePrivateNodes is not set",
    resource: cluster({ nodePools: [{ name: "a", networkConfig: { enablePrivateNodes: true } }, { name: "b" }] }),
  },
  {
    name: "inline pool opting out of a private cluster",
    expect: "violate",
    message: "nodePools[1].networkConfig.enablePrivateNodes is false",
    resource: cluster({
      privateClusterConfig: { enablePrivateNodes: true },
      nodePools: [{ name: "a" }, { name: "b", networkConfig: { enablePrivateNodes: false } }],
    }),
  },
  {
    name: "inline pool setting unknown on a public cluster",
    expect: "unknown",
    resource: cluster({ nodePools: [{ name: "a", networkConfig: { enablePrivateNodes: unknown() } }] }),
  },
  registryNotApplicable(),
]);
