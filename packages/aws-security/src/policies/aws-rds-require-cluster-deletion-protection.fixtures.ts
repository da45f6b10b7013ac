import { unknown } from "@rampart/policy-testing";
import { OMITTED, propertyFixtures } from "../lib/flags.fixtures-kit";

const C = "aws:rds/cluster:Cluster";

export default propertyFixtures(C, { engine: "aurora-mysql" }, "deletionProtection", [
  ["protected cluster", "pass", true],
  ["protection omitted", "violate", OMITTED, "deletionProtection is not set to true"],
  {
    name: "protection false",
    expect: "violate",
    message: "Set deletionProtection to true",
    resource: { type: C, props: { engine: "postgres", deletionProtection: false } },
  },
  ["protection unknown", "unknown", unknown()],
  { name: "instance is another type", expect: "not-applicable", resource: { type: "aws:rds/instance:Instance", props: { engine: "mysql" } } },
]);
