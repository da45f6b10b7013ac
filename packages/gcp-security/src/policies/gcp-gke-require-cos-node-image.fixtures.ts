import { fixtures, unknown } from "@rampart/policy-testing";
import { autopilotPasses, cluster, nodePool, registryNotApplicable } from "../lib/gke.fixtures-kit";

export default fixtures([
  { name: "node pool with COS_CONTAINERD", expect: "pass", resource: nodePool({ nodeConfig: { imageType: "COS_CONTAINERD" } }) },
  { name: "lower-case cos_containerd", expect: "pass", resource: nodePool({ nodeConfig: { imageType: "cos_containerd" } }) },
  { name: "image type omitted (COS_CONTAINERD by default)", expect: "pass", resource: nodePool({ nodeCount: 1 }) },
  { name: "cluster default pool with defaults", expect: "pass", resource: cluster({ initialNodeCount: 1 }) },
  autopilotPasses(),
  {
    name: "node pool on Ubuntu",
    expect: "violate",
    message: 'nodeConfig.imageType is "UBUNTU_CONTAINERD"',
    resource: nodePool({ nodeConfig: { imageType: "UBUNTU_CONTAINERD" } }),
  },
  {
    name: "inline pool on Ubuntu, another on COS",
    expect: "violate",
    message: "nodePools[1].nodeConfig.imageType",
    resource: cluster({
      nodePools: [
        { name: "a", nodeConfig: { imageType: "COS_CONTAINERD" } },
        { name: "b", nodeConfig: { imageType: "UBUNTU_CONTAINERD" } },
      ],
    }),
  },
  { name: "image type unknown during preview", expect: "unknown", resource: nodePool({ nodeConfig: { imageType: unknown() } }) },
  registryNotApplicable(),
]);
