import { fixtures, unknown } from "@rampart/policy-testing";
import { sqlInstance } from "../lib/sql-flags.fixtures-kit";

const inst = (databaseVersion: unknown, databaseFlags?: unknown) => sqlInstance(databaseVersion, databaseFlags, "db-f1-micro");

export default fixtures([
  { name: "PostgreSQL with IAM authentication", expect: "pass", resource: inst("POSTGRES_16", [{ name: "cloudsql.iam_authentication", value: "on" }]) },
  { name: "MySQL with IAM authentication", expect: "pass", resource: inst("MYSQL_8_0", [{ name: "cloudsql_iam_authentication", value: "on" }]) },
  { name: "SQL Server (not supported) is not checked", expect: "pass", resource: inst("SQLSERVER_2022_STANDARD") },
  { name: "PostgreSQL without the flag", expect: "violate", message: '"cloudsql.iam_authentication" is not set', resource: inst("POSTGRES_16") },
  {
    name: "MySQL with the PostgreSQL spelling of the flag",
    expect: "violate",
    message: '"cloudsql_iam_authentication" is not set',
    resource: inst("MYSQL_8_0", [{ name: "cloudsql.iam_authentication", value: "on" }]),
  },
  {
    name: "PostgreSQL with the flag off",
    expect: "violate",
    message: '"cloudsql.iam_authentication" is "off"',
    resource: inst("POSTGRES_16", [{ name: "cloudsql.iam_authentication", value: "off" }]),
  },
  { name: "engine unknown during preview", expect: "unknown", resource: inst(unknown()) },
  { name: "flag value unknown during preview", expect: "unknown", resource: inst("POSTGRES_16", [{ name: "cloudsql.iam_authentication", value: unknown() }]) },
  { name: "a SQL user is not an instance", expect: "not-applicable", resource: { type: "gcp:sql/user:User", props: { name: "app", instance: "db" } } },
]);
