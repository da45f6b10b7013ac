import { fixtures, unknown } from "@rampart/policy-testing";

const I = "aws:rds/instance:Instance";

export default fixtures([
  { name: "protected instance", expect: "pass", resource: { type: I, props: { engine: "postgres", deletionProtection: true } } },
  { name: "Aurora member: protection is the cluster's", expect: "pass", resource: { type: I, props: { engine: "aurora-postgresql" } } },
  { name: "protection omitted", expect: "violate", message: "deletionProtection is not set to true", resource: { type: I, props: { engine: "postgres" } } },
  {
    name: "protection false",
    expect: "violate",
    message: "Set deletionProtection to true",
    resource: { type: I, props: { engine: "mysql", deletionProtection: false } },
  },
  { name: "protection unknown", expect: "unknown", resource: { type: I, props: { engine: "mysql", deletionProtection: unknown() } } },
]);
