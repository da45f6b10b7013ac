import { fixtures, unknown } from "@rampart/policy-testing";

const T = "aws:ec2/defaultSecurityGroup:DefaultSecurityGroup";

export default fixtures([
  { name: "default SG with no rules", expect: "pass", resource: { type: T, props: { vpcId: "vpc-1" } } },
  { name: "default SG with empty rule lists", expect: "pass", resource: { type: T, props: { vpcId: "vpc-1", ingress: [], egress: [] } } },
  {
    name: "default SG keeping the self rule",
    expect: "violate",
    message: "ingress has 1 rule",
    resource: { type: T, props: { vpcId: "vpc-1", ingress: [{ protocol: "-1", fromPort: 0, toPort: 0, self: true }] } },
  },
  {
    name: "default SG allowing all egress",
    expect: "violate",
    message: "egress has 1 rule",
    resource: { type: T, props: { vpcId: "vpc-1", egress: [{ protocol: "-1", fromPort: 0, toPort: 0, cidrBlocks: ["0.0.0.0/0"] }] } },
  },
  { name: "rules unknown during preview", expect: "unknown", resource: { type: T, props: { vpcId: "vpc-1", ingress: unknown() } } },
  {
    name: "a normal security group is not the default one",
    expect: "not-applicable",
    resource: { type: "aws:ec2/securityGroup:SecurityGroup", props: { ingress: [{ protocol: "-1" }] } },
  },
]);
