import { fixtures, unknown } from "@rampart/policy-testing";
import { inAndOutsideProduction } from "../lib/environment.fixtures-kit";

const T = "aws:ec2/launchTemplate:LaunchTemplate";
/** The fixture stack is named "dev": this pattern makes it production. */
const PROD = { productionStackPattern: "^dev$" };

export default fixtures([
  { name: "t4g.small", expect: "pass", resource: { type: T, props: { instanceType: "t4g.small", imageId: "ami-1" } } },
  { name: "no instance type (attribute-based selection)", expect: "pass", resource: { type: T, props: { imageId: "ami-1" } } },
  ...inAndOutsideProduction("4xlarge", { type: T, props: { instanceType: "c7g.4xlarge" } }, "nonProductionMaxSize"),
  { name: "accelerated family", expect: "violate", message: 'pattern "p*"', config: PROD, resource: { type: T, props: { instanceType: "p4d.24xlarge" } } },
  {
    name: "configured allow-list",
    expect: "violate",
    message: "is not in allowedInstanceTypes",
    config: { allowedInstanceTypes: ["t4g.*"] },
    resource: { type: T, props: { instanceType: "t3.small" } },
  },
  { name: "instance type unknown", expect: "unknown", resource: { type: T, props: { instanceType: unknown() } } },
]);
