import { fixtures, unknown } from "@rampart/policy-testing";

const VPC = "aws:ec2/vpc:Vpc";
const FL = "aws:ec2/flowLog:FlowLog";

export default fixtures([
  {
    name: "VPC with a flow log linked by dependency during preview",
    expect: "pass",
    resources: [
      { type: VPC, name: "main", props: { cidrBlock: "10.0.0.0/16" } },
      { type: FL, name: "fl", props: { vpcId: unknown(), trafficType: "ALL", logDestination: "arn:aws:s3:::logs" }, propertyDependencies: { vpcId: ["main"] } },
    ],
  },
  {
    name: "VPC with a REJECT flow log linked by id",
    expect: "pass",
    resources: [
      { type: VPC, name: "main", props: { id: "vpc-123", cidrBlock: "10.0.0.0/16" } },
      { type: FL, name: "fl", props: { vpcId: "vpc-123", trafficType: "REJECT" } },
    ],
  },
  {
    name: "flow log for an unresolvable VPC keeps the verdict open",
    expect: "pass",
    resources: [
      { type: VPC, name: "main", props: { cidrBlock: "10.0.0.0/16" } },
      { type: FL, name: "fl", props: { vpcId: unknown(), trafficType: "ALL" } },
    ],
  },
  {
    name: "VPC without flow log",
    expect: "violate",
    target: "main",
    message: 'VPC "main" has no flow log',
    resources: [{ type: VPC, name: "main", props: { cidrBlock: "10.0.0.0/16" } }],
  },
  {
    name: "flow log for another VPC only",
    expect: "violate",
    target: "b",
    resources: [
      { type: VPC, name: "a", props: { id: "vpc-a" } },
      { type: VPC, name: "b", props: { id: "vpc-b" } },
      { type: FL, name: "fl", props: { vpcId: "vpc-a", trafficType: "ALL" } },
    ],
  },
  {
    name: "ACCEPT-only flow log",
    expect: "violate",
    target: "main",
    message: 'trafficType "ACCEPT"',
    resources: [
      { type: VPC, name: "main", props: { id: "vpc-1" } },
      { type: FL, name: "fl", props: { vpcId: "vpc-1", trafficType: "ACCEPT" } },
    ],
  },
  {
    name: "trafficType unknown during preview",
    expect: "unknown",
    resources: [
      { type: VPC, name: "main", props: { id: "vpc-1" } },
      { type: FL, name: "fl", props: { vpcId: "vpc-1", trafficType: unknown() } },
    ],
  },
]);
