import { fixtures, unknown } from "@rampart/policy-testing";

const I = "gcp:sql/databaseInstance:DatabaseInstance";

export default fixtures([
  {
    name: "deletion protection on",
    expect: "pass",
    resource: { type: I, props: { databaseVersion: "POSTGRES_16", settings: { tier: "db-f1-micro", deletionProtectionEnabled: true } } },
  },
  {
    name: "only the Pulumi-side deletionProtection",
    expect: "violate",
    message: "deletionProtectionEnabled is not set",
    resource: { type: I, props: { databaseVersion: "POSTGRES_16", deletionProtection: true, settings: { tier: "db-f1-micro" } } },
  },
  {
    name: "deletion protection off",
    expect: "violate",
    message: "deletionProtectionEnabled is false",
    resource: { type: I, props: { databaseVersion: "MYSQL_8_0", settings: { tier: "db-f1-micro", deletionProtectionEnabled: false } } },
  },
  {
    name: "unknown during preview",
    expect: "unknown",
    resource: { type: I, props: { databaseVersion: "MYSQL_8_0", settings: { tier: "db-f1-micro", deletionProtectionEnabled: unknown() } } },
  },
  { name: "a SQL user is not an instance", expect: "not-applicable", resource: { type: "gcp:sql/user:User", props: { name: "app", instance: "db" } } },
]);
