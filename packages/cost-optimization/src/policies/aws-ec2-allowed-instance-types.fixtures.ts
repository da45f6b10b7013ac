import { fixtures, unknown } from "@rampart/policy-testing";

const T = "aws:ec2/instance:Instance";
/** The fixture stack is named "dev": this pattern makes it production. */
const PROD = { productionStackPattern: "^dev$" };

export default fixtures([
  { name: "t3.micro in dev", expect: "pass", resource: { type: T, props: { instanceType: "t3.micro", ami: "ami-1" } } },
  { name: "m7g.2xlarge at the non-production cap", expect: "pass", resource: { type: T, props: { instanceType: "m7g.2xlarge" } } },
  {
    name: "m7i.8xlarge on a production stack",
    expect: "pass",
    config: PROD,
    resource: { type: T, props: { instanceType: "m7i.8xlarge" } },
  },
  { name: "no instance type (from a launch template)", expect: "pass", resource: { type: T, props: { launchTemplate: { id: "lt-1" } } } },
  {
    name: "m7i.8xlarge above the non-production cap",
    expect: "violate",
    message: "larger than the non-production cap nonProductionMaxSize",
    resource: { type: T, props: { instanceType: "m7i.8xlarge" } },
  },
  { name: "GPU family blocked", expect: "violate", message: 'blockedInstanceTypes pattern "g*"', resource: { type: T, props: { instanceType: "g5.xlarge" } } },
  { name: "bare metal blocked", expect: "violate", message: "blockedInstanceTypes", config: PROD, resource: { type: T, props: { instanceType: "m5.metal" } } },
  {
    name: "GPU allowed explicitly",
    expect: "pass",
    config: { allowedInstanceTypes: ["g5.xlarge", "t3.*"] },
    resource: { type: T, props: { instanceType: "g5.xlarge" } },
  },
  {
    name: "not in a configured allow-list",
    expect: "violate",
    message: "is not in allowedInstanceTypes",
    config: { allowedInstanceTypes: ["t3.*", "t4g.*"] },
    resource: { type: T, props: { instanceType: "m5.large" } },
  },
  {
    name: "stricter configured cap",
    expect: "violate",
    message: 'nonProductionMaxSize = "medium"',
    config: { nonProductionMaxSize: "medium" },
    resource: { type: T, props: { instanceType: "t3.large" } },
  },
  {
    name: "above the production cap",
    expect: "violate",
    message: 'production cap maxSize = "16xlarge"',
    config: PROD,
    resource: { type: T, props: { instanceType: "c7i.24xlarge" } },
  },
  { name: "instance type unknown during preview", expect: "unknown", resource: { type: T, props: { instanceType: unknown() } } },
  { name: "another type", expect: "not-applicable", resource: { type: "aws:ec2/eip:Eip", props: { domain: "vpc" } } },
]);
