import { unknown } from "@rampart/policy-testing";
import { caseFixtures } from "../lib/flags.fixtures-kit";

export default caseFixtures("aws:rds/instance:Instance", {}, [
  ["protected instance", "pass", { engine: "postgres", deletionProtection: true }],
  ["Aurora member: protection is the cluster's", "pass", { engine: "aurora-postgresql" }],
  ["protection omitted", "violate", { engine: "postgres" }, "deletionProtection is not set to true"],
  ["protection false", "violate", { engine: "mysql", deletionProtection: false }, "Set deletionProtection to true"],
  ["protection unknown", "unknown", { engine: "mysql", deletionProtection: unknown() }],
]);
