import { fixtures, unknown } from "@rampart/policy-testing";

const C = "aws:rds/cluster:Cluster";

export default fixtures([
  { name: "protected cluster", expect: "pass", resource: { type: C, props: { engine: "aurora-mysql", deletionProtection: true } } },
  { name: "protection omitted", expect: "violate", message: "deletionProtection is not set to true", resource: { type: C, props: { engine: "aurora-mysql" } } },
  {
    name: "protection false",
    expect: "violate",
    message: "Set deletionProtection to true",
    resource: { type: C, props: { engine: "postgres", deletionProtection: false } },
  },
  { name: "protection unknown", expect: "unknown", resource: { type: C, props: { engine: "aurora-mysql", deletionProtection: unknown() } } },
  { name: "instance is another type", expect: "not-applicable", resource: { type: "aws:rds/instance:Instance", props: { engine: "mysql" } } },
]);
