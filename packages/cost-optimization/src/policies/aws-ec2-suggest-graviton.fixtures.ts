import { fixtures, unknown } from "@rampart/policy-testing";

const I = "aws:ec2/instance:Instance";

export default fixtures([
  { name: "already Graviton", expect: "pass", resource: { type: I, props: { instanceType: "m7g.large" } } },
  { name: "no Graviton equivalent (storage family)", expect: "pass", resource: { type: I, props: { instanceType: "i4i.large" } } },
  { name: "m6i.large", expect: "violate", message: '"m7g.large"', resource: { type: I, props: { instanceType: "m6i.large" } } },
  {
    name: "t3.small launch template",
    expect: "violate",
    message: '"t4g.small"',
    resource: { type: "aws:ec2/launchTemplate:LaunchTemplate", props: { instanceType: "t3.small" } },
  },
  { name: "configured map", expect: "pass", config: { gravitonEquivalents: {} }, resource: { type: I, props: { instanceType: "m6i.large" } } },
  { name: "instance type unknown", expect: "unknown", resource: { type: I, props: { instanceType: unknown() } } },
]);
