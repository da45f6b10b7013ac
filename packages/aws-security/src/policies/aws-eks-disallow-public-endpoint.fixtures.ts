import { fixtures, unknown } from "@rampart/policy-testing";

const C = "aws:eks/cluster:Cluster";
const base = { roleArn: "arn:aws:iam::111122223333:role/eks" };

export default fixtures([
  {
    name: "private endpoint only",
    expect: "pass",
    resource: { type: C, props: { ...base, vpcConfig: { subnetIds: ["s-1"], endpointPublicAccess: false, endpointPrivateAccess: true } } },
  },
  {
    name: "public endpoint limited to a VPN range",
    expect: "pass",
    resource: { type: C, props: { ...base, vpcConfig: { subnetIds: ["s-1"], publicAccessCidrs: ["203.0.113.0/24"] } } },
  },
  {
    name: "public endpoint with default CIDRs",
    expect: "violate",
    message: "vpcConfig.publicAccessCidrs is not set",
    resource: { type: C, props: { ...base, vpcConfig: { subnetIds: ["s-1"] } } },
  },
  {
    name: "public endpoint open to 0.0.0.0/0",
    expect: "violate",
    message: "vpcConfig.publicAccessCidrs allows 0.0.0.0/0",
    resource: { type: C, props: { ...base, vpcConfig: { subnetIds: ["s-1"], endpointPublicAccess: true, publicAccessCidrs: ["0.0.0.0/0"] } } },
  },
  {
    name: "public access flag unknown during preview",
    expect: "unknown",
    resource: { type: C, props: { ...base, vpcConfig: { subnetIds: ["s-1"], endpointPublicAccess: unknown() } } },
  },
  {
    name: "CIDRs unknown during preview",
    expect: "unknown",
    resource: { type: C, props: { ...base, vpcConfig: { subnetIds: ["s-1"], publicAccessCidrs: unknown() } } },
  },
  { name: "node group is not a cluster", expect: "not-applicable", resource: { type: "aws:eks/nodeGroup:NodeGroup", props: {} } },
]);
