import { fixtures, unknown } from "@rampart/policy-testing";

const I = "aws:ec2/instance:Instance";
const LT = "aws:ec2/launchTemplate:LaunchTemplate";

export default fixtures([
  { name: "t3.micro", expect: "pass", resource: { type: I, props: { instanceType: "t3.micro" } } },
  { name: "m7g.large launch template", expect: "pass", resource: { type: LT, props: { instanceType: "m7g.large" } } },
  { name: "t2.micro", expect: "violate", message: 'Use "t3.micro"', resource: { type: I, props: { instanceType: "t2.micro" } } },
  {
    name: "m4.xlarge launch template",
    expect: "violate",
    message: "previous-generation family (m4)",
    resource: { type: LT, props: { instanceType: "m4.xlarge" } },
  },
  {
    name: "configured extra family",
    expect: "violate",
    message: 'Use "m7i.large"',
    config: { previousGenerations: { m5: "m7i" } },
    resource: { type: I, props: { instanceType: "m5.large" } },
  },
  {
    name: "configured map without t2",
    expect: "pass",
    config: { previousGenerations: { m5: "m7i" } },
    resource: { type: I, props: { instanceType: "t2.micro" } },
  },
  { name: "instance type unknown", expect: "unknown", resource: { type: I, props: { instanceType: unknown() } } },
]);
