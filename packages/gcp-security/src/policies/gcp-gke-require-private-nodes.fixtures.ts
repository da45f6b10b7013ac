import { fixtures, unknown } from "@rampart/policy-testing";

const C = "gcp:container/cluster:Cluster";
const P = "gcp:container/nodePool:NodePool";

export default fixtures([
  {
    name: "private nodes",
    expect: "pass",
    resource: { type: C, props: { location: "europe-west1", privateClusterConfig: { enablePrivateNodes: true, masterIpv4CidrBlock: "172.16.0.0/28" } } },
  },
  { name: "node pool inheriting the cluster's setting", expect: "pass", resource: { type: P, props: { cluster: "c", nodeCount: 1 } } },
  {
    name: "cluster without privateClusterConfig",
    expect: "violate",
    message: "enablePrivateNodes is not set",
    resource: { type: C, props: { location: "europe-west1", initialNodeCount: 1 } },
  },
  {
    name: "private nodes off",
    expect: "violate",
    message: "enablePrivateNodes is false",
    resource: { type: C, props: { location: "europe-west1", privateClusterConfig: { enablePrivateNodes: false } } },
  },
  {
    name: "node pool opting out",
    expect: "violate",
    message: "networkConfig.enablePrivateNodes is false",
    resource: { type: P, props: { cluster: "c", networkConfig: { enablePrivateNodes: false } } },
  },
  {
    name: "unknown during preview",
    expect: "unknown",
    resource: { type: C, props: { location: "europe-west1", privateClusterConfig: { enablePrivateNodes: unknown() } } },
  },
  { name: "node pool setting unknown", expect: "unknown", resource: { type: P, props: { cluster: "c", networkConfig: { enablePrivateNodes: unknown() } } } },
  {
    name: "public cluster whose inline node pools all turn private nodes on",
    expect: "pass",
    resource: {
      type: C,
      props: {
        location: "europe-west1",
        nodePools: [
          { name: "a", networkConfig: { enablePrivateNodes: true } },
          { name: "b", networkConfig: { enablePrivateNodes: true } },
        ],
      },
    },
  },
  {
    name: "one inline pool without private nodes on a public cluster",
    expect: "violate",
    message: "privateClusterConfig.enablePrivateNodes is not set",
    resource: { type: C, props: { location: "europe-west1", nodePools: [{ name: "a", networkConfig: { enablePrivateNodes: true } }, { name: "b" }] } },
  },
  {
    name: "inline pool opting out of a private cluster",
    expect: "violate",
    message: "nodePools[1].networkConfig.enablePrivateNodes is false",
    resource: {
      type: C,
      props: {
        location: "europe-west1",
        privateClusterConfig: { enablePrivateNodes: true },
        nodePools: [{ name: "a" }, { name: "b", networkConfig: { enablePrivateNodes: false } }],
      },
    },
  },
  {
    name: "inline pool setting unknown on a public cluster",
    expect: "unknown",
    resource: { type: C, props: { location: "europe-west1", nodePools: [{ name: "a", networkConfig: { enablePrivateNodes: unknown() } }] } },
  },
  { name: "a registry is not a cluster", expect: "not-applicable", resource: { type: "gcp:container/registry:Registry", props: { location: "EU" } } },
]);
