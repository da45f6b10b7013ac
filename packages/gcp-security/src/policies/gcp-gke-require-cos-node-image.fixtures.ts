import { fixtures, unknown } from "@rampart/policy-testing";

const C = "gcp:container/cluster:Cluster";
const P = "gcp:container/nodePool:NodePool";

export default fixtures([
  { name: "node pool with COS_CONTAINERD", expect: "pass", resource: { type: P, props: { cluster: "c", nodeConfig: { imageType: "COS_CONTAINERD" } } } },
  { name: "lower-case cos_containerd", expect: "pass", resource: { type: P, props: { cluster: "c", nodeConfig: { imageType: "cos_containerd" } } } },
  { name: "image type omitted (COS_CONTAINERD by default)", expect: "pass", resource: { type: P, props: { cluster: "c", nodeCount: 1 } } },
  { name: "cluster default pool with defaults", expect: "pass", resource: { type: C, props: { location: "europe-west1", initialNodeCount: 1 } } },
  { name: "Autopilot cluster", expect: "pass", resource: { type: C, props: { location: "europe-west1", enableAutopilot: true } } },
  {
    name: "node pool on Ubuntu",
    expect: "violate",
    message: 'nodeConfig.imageType is "UBUNTU_CONTAINERD"',
    resource: { type: P, props: { cluster: "c", nodeConfig: { imageType: "UBUNTU_CONTAINERD" } } },
  },
  {
    name: "inline pool on Ubuntu, another on COS",
    expect: "violate",
    message: "nodePools[1].nodeConfig.imageType",
    resource: {
      type: C,
      props: {
        location: "europe-west1",
        nodePools: [
          { name: "a", nodeConfig: { imageType: "COS_CONTAINERD" } },
          { name: "b", nodeConfig: { imageType: "UBUNTU_CONTAINERD" } },
        ],
      },
    },
  },
  { name: "image type unknown during preview", expect: "unknown", resource: { type: P, props: { cluster: "c", nodeConfig: { imageType: unknown() } } } },
  { name: "a registry is not a cluster", expect: "not-applicable", resource: { type: "gcp:container/registry:Registry", props: { location: "EU" } } },
]);
