import { fixtures, unknown } from "@rampart/policy-testing";

const I = "gcp:sql/databaseInstance:DatabaseInstance";

export default fixtures([
  {
    name: "SQL Server instance with 3625 on",
    expect: "pass",
    resource: {
      type: I,
      props: { databaseVersion: "SQLSERVER_2022_STANDARD", settings: { tier: "db-custom-2-7680", databaseFlags: [{ name: "3625", value: "on" }] } },
    },
  },
  {
    name: "SQL Server instance with 3625 off",
    expect: "violate",
    message: 'settings.databaseFlags "3625" is',
    resource: {
      type: I,
      props: {
        databaseVersion: "SQLSERVER_2022_STANDARD",
        settings: {
          tier: "db-custom-2-7680",
          databaseFlags: [
            { name: "3625", value: "off" },
            { name: "remote access", value: "off" },
          ],
        },
      },
    },
  },
  {
    name: "SQL Server instance without the flag (the default is off)",
    expect: "violate",
    message: "is not set on this SQL Server instance",
    resource: { type: I, props: { databaseVersion: "SQLSERVER_2022_STANDARD", settings: { tier: "db-custom-2-7680" } } },
  },
  {
    name: "another engine is not checked",
    expect: "pass",
    resource: { type: I, props: { databaseVersion: "POSTGRES_16", settings: { tier: "db-custom-2-7680", databaseFlags: [{ name: "3625", value: "off" }] } } },
  },
  {
    name: "databaseVersion unknown during preview",
    expect: "unknown",
    resource: { type: I, props: { databaseVersion: unknown(), settings: { tier: "db-custom-2-7680", databaseFlags: [{ name: "3625", value: "off" }] } } },
  },
  {
    name: "flag value unknown during preview",
    expect: "unknown",
    resource: {
      type: I,
      props: { databaseVersion: "SQLSERVER_2022_STANDARD", settings: { tier: "db-custom-2-7680", databaseFlags: [{ name: "3625", value: unknown() }] } },
    },
  },
  {
    name: "flag list unknown during preview",
    expect: "unknown",
    resource: { type: I, props: { databaseVersion: "SQLSERVER_2022_STANDARD", settings: { tier: "db-custom-2-7680", databaseFlags: unknown() } } },
  },
  { name: "a SQL user is not an instance", expect: "not-applicable", resource: { type: "gcp:sql/user:User", props: { name: "app", instance: "db" } } },
]);
