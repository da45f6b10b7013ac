import { fixtures, unknown } from "@rampart/policy-testing";

const I = "gcp:sql/databaseInstance:DatabaseInstance";

export default fixtures([
  {
    name: "SQL Server instance with remote access off",
    expect: "pass",
    resource: {
      type: I,
      props: { databaseVersion: "SQLSERVER_2022_STANDARD", settings: { tier: "db-custom-2-7680", databaseFlags: [{ name: "remote access", value: "off" }] } },
    },
  },
  {
    name: "SQL Server instance with remote access on",
    expect: "violate",
    message: 'settings.databaseFlags "remote access" is',
    resource: {
      type: I,
      props: {
        databaseVersion: "SQLSERVER_2022_STANDARD",
        settings: {
          tier: "db-custom-2-7680",
          databaseFlags: [
            { name: "remote access", value: "on" },
            { name: "user connections", value: "0" },
          ],
        },
      },
    },
  },
  {
    name: "SQL Server instance without the flag (the default is on)",
    expect: "violate",
    message: "is not set on this SQL Server instance",
    resource: { type: I, props: { databaseVersion: "SQLSERVER_2022_STANDARD", settings: { tier: "db-custom-2-7680" } } },
  },
  {
    name: "another engine is not checked",
    expect: "pass",
    resource: {
      type: I,
      props: { databaseVersion: "POSTGRES_16", settings: { tier: "db-custom-2-7680", databaseFlags: [{ name: "remote access", value: "on" }] } },
    },
  },
  {
    name: "databaseVersion unknown during preview",
    expect: "unknown",
    resource: {
      type: I,
      props: { databaseVersion: unknown(), settings: { tier: "db-custom-2-7680", databaseFlags: [{ name: "remote access", value: "on" }] } },
    },
  },
  {
    name: "flag value unknown during preview",
    expect: "unknown",
    resource: {
      type: I,
      props: {
        databaseVersion: "SQLSERVER_2022_STANDARD",
        settings: { tier: "db-custom-2-7680", databaseFlags: [{ name: "remote access", value: unknown() }] },
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
