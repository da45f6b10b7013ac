import { fixtures, unknown } from "@rampart/policy-testing";

const I = "gcp:sql/databaseInstance:DatabaseInstance";

export default fixtures([
  {
    name: "SQL Server instance with user connections 0",
    expect: "pass",
    resource: {
      type: I,
      props: { databaseVersion: "SQLSERVER_2022_STANDARD", settings: { tier: "db-custom-2-7680", databaseFlags: [{ name: "user connections", value: "0" }] } },
    },
  },
  {
    name: "SQL Server instance with user connections 50",
    expect: "violate",
    message: 'settings.databaseFlags "user connections" is',
    resource: {
      type: I,
      props: {
        databaseVersion: "SQLSERVER_2022_STANDARD",
        settings: {
          tier: "db-custom-2-7680",
          databaseFlags: [
            { name: "user connections", value: "50" },
            { name: "remote access", value: "off" },
          ],
        },
      },
    },
  },
  {
    name: "SQL Server instance without the flag (the default 0 (no limit) is compliant)",
    expect: "pass",
    resource: { type: I, props: { databaseVersion: "SQLSERVER_2022_STANDARD", settings: { tier: "db-custom-2-7680" } } },
  },
  {
    name: "another engine is not checked",
    expect: "pass",
    resource: {
      type: I,
      props: { databaseVersion: "POSTGRES_16", settings: { tier: "db-custom-2-7680", databaseFlags: [{ name: "user connections", value: "50" }] } },
    },
  },
  {
    name: "databaseVersion unknown during preview",
    expect: "unknown",
    resource: {
      type: I,
      props: { databaseVersion: unknown(), settings: { tier: "db-custom-2-7680", databaseFlags: [{ name: "user connections", value: "50" }] } },
    },
  },
  {
    name: "flag value unknown during preview",
    expect: "unknown",
    resource: {
      type: I,
      props: {
        databaseVersion: "SQLSERVER_2022_STANDARD",
        settings: { tier: "db-custom-2-7680", databaseFlags: [{ name: "user connections", value: unknown() }] },
      },
    },
  },
  {
    name: "flag list unknown during preview",
    expect: "unknown",
    resource: { type: I, props: { databaseVersion: "SQLSERVER_2022_STANDARD", settings: { tier: "db-custom-2-7680", databaseFlags: unknown() } } },
  },
  { name: "a SQL user is not an instance", expect: "not-applicable", resource: { type: "gcp:sql/user:User", props: { name: "app", instance: "db" } } },
]);
