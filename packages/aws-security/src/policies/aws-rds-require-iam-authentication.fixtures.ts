import { unknown } from "@rampart/policy-testing";
import { caseFixtures } from "../lib/flags.fixtures-kit";

const C = "aws:rds/cluster:Cluster";

export default caseFixtures("aws:rds/instance:Instance", {}, [
  ["PostgreSQL instance with IAM auth", "pass", { engine: "postgres", iamDatabaseAuthenticationEnabled: true }],
  { name: "Aurora cluster with IAM auth", expect: "pass", resource: { type: C, props: { engine: "aurora-mysql", iamDatabaseAuthenticationEnabled: true } } },
  ["Oracle instance does not support it", "pass", { engine: "oracle-ee" }],
  ["Aurora member instance: setting is the cluster's", "pass", { engine: "aurora-mysql" }],
  ["MySQL instance without IAM auth", "violate", { engine: "mysql" }, "iamDatabaseAuthenticationEnabled is not set to true for this mysql instance"],
  {
    name: "Aurora PostgreSQL cluster with IAM auth off",
    expect: "violate",
    message: "aurora-postgresql cluster",
    resource: { type: C, props: { engine: "aurora-postgresql", iamDatabaseAuthenticationEnabled: false } },
  },
  { name: "setting unknown", expect: "unknown", resource: { type: C, props: { engine: "aurora-postgresql", iamDatabaseAuthenticationEnabled: unknown() } } },
  ["engine unknown", "unknown", { engine: unknown() }],
]);
