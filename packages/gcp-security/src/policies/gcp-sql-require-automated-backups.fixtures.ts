import { fixtures, unknown } from "@rampart/policy-testing";

const I = "gcp:sql/databaseInstance:DatabaseInstance";

export default fixtures([
  {
    name: "backups enabled",
    expect: "pass",
    resource: {
      type: I,
      props: { databaseVersion: "POSTGRES_16", settings: { tier: "db-f1-micro", backupConfiguration: { enabled: true, startTime: "03:00" } } },
    },
  },
  {
    name: "read replica (no own backups)",
    expect: "pass",
    resource: { type: I, props: { databaseVersion: "POSTGRES_16", masterInstanceName: "primary", settings: { tier: "db-f1-micro" } } },
  },
  {
    name: "backups disabled",
    expect: "violate",
    message: "backupConfiguration.enabled is false",
    resource: { type: I, props: { databaseVersion: "MYSQL_8_0", settings: { tier: "db-f1-micro", backupConfiguration: { enabled: false } } } },
  },
  {
    name: "backupConfiguration omitted (off by default)",
    expect: "violate",
    message: "is not set",
    resource: { type: I, props: { databaseVersion: "MYSQL_8_0", settings: { tier: "db-f1-micro" } } },
  },
  {
    name: "enabled unknown during preview",
    expect: "unknown",
    resource: { type: I, props: { databaseVersion: "MYSQL_8_0", settings: { tier: "db-f1-micro", backupConfiguration: { enabled: unknown() } } } },
  },
  {
    name: "replica source unknown during preview",
    expect: "unknown",
    resource: { type: I, props: { databaseVersion: "MYSQL_8_0", masterInstanceName: unknown(), settings: { tier: "db-f1-micro" } } },
  },
  { name: "a database is not an instance", expect: "not-applicable", resource: { type: "gcp:sql/database:Database", props: { name: "app", instance: "db" } } },
]);
