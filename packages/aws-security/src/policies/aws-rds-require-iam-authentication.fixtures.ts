import { fixtures, unknown } from "@rampart/policy-testing";

const I = "aws:rds/instance:Instance";
const C = "aws:rds/cluster:Cluster";

export default fixtures([
  { name: "PostgreSQL instance with IAM auth", expect: "pass", resource: { type: I, props: { engine: "postgres", iamDatabaseAuthenticationEnabled: true } } },
  { name: "Aurora cluster with IAM auth", expect: "pass", resource: { type: C, props: { engine: "aurora-mysql", iamDatabaseAuthenticationEnabled: true } } },
  { name: "Oracle instance does not support it", expect: "pass", resource: { type: I, props: { engine: "oracle-ee" } } },
  { name: "Aurora member instance: setting is the cluster's", expect: "pass", resource: { type: I, props: { engine: "aurora-mysql" } } },
  {
    name: "MySQL instance without IAM auth",
    expect: "violate",
    message: "iamDatabaseAuthenticationEnabled is not set to true for this mysql instance",
    resource: { type: I, props: { engine: "mysql" } },
  },
  {
    name: "Aurora PostgreSQL cluster with IAM auth off",
    expect: "violate",
    message: "aurora-postgresql cluster",
    resource: { type: C, props: { engine: "aurora-postgresql", iamDatabaseAuthenticationEnabled: false } },
  },
  { name: "setting unknown", expect: "unknown", resource: { type: C, props: { engine: "aurora-postgresql", iamDatabaseAuthenticationEnabled: unknown() } } },
  { name: "engine unknown", expect: "unknown", resource: { type: I, props: { engine: unknown() } } },
]);
