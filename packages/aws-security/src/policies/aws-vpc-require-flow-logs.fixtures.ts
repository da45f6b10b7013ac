import { fixtures, unknown } from "@rampart/policy-testing";

/** A VPC named `name` (default "main") with `props`. */
const vpc = (props: Record<string, unknown>, name = "main") => ({ type: "aws:ec2/vpc:Vpc", name, props });
/** A flow log "fl" with `props` (vpcId, trafficType, ...). */
const flowLog = (props: Record<string, unknown>) => ({ type: "aws:ec2/flowLog:FlowLog", name: "fl", props });

export default fixtures([
  {
    name: "VPC with a flow log linked by dependency during preview",
    expect: "pass",
    resources: [
      vpc({ cidrBlock: "10.0.0.0/16" }),
      { ...flowLog({ vpcId: unknown(), trafficType: "ALL", logDestination: "arn:aws:s3:::logs" }), propertyDependencies: { vpcId: ["main"] } },
    ],
  },
  {
    name: "VPC with a REJECT flow log linked by id",
    expect: "pass",
    resources: [vpc({ id: "vpc-123", cidrBlock: "10.0.0.0/16" }), flowLog({ vpcId: "vpc-123", trafficType: "REJECT" })],
  },
  {
    name: "flow log for an unresolvable VPC keeps the verdict open",
    expect: "pass",
    resources: [vpc({ cidrBlock: "10.0.0.0/16" }), flowLog({ vpcId: unknown(), trafficType: "ALL" })],
  },
  { name: "VPC without flow log", expect: "violate", target: "main", message: 'VPC "main" has no flow log', resources: [vpc({ cidrBlock: "10.0.0.0/16" })] },
  {
    name: "flow log for another VPC only",
    expect: "violate",
    target: "b",
    resources: [vpc({ id: "vpc-a" }, "a"), vpc({ id: "vpc-b" }, "b"), flowLog({ vpcId: "vpc-a", trafficType: "ALL" })],
  },
  {
    name: "ACCEPT-only flow log",
    expect: "violate",
    target: "main",
    message: 'trafficType "ACCEPT"',
    resources: [vpc({ id: "vpc-1" }), flowLog({ vpcId: "vpc-1", trafficType: "ACCEPT" })],
  },
  { name: "trafficType unknown during preview", expect: "unknown", resources: [vpc({ id: "vpc-1" }), flowLog({ vpcId: "vpc-1", trafficType: unknown() })] },
]);
