import { fixtures, unknown } from "@rampart/policy-testing";

const I = "gcp:sql/databaseInstance:DatabaseInstance";

export default fixtures([
  {
    name: "SQL Server instance with external scripts enabled off",
    expect: "pass",
    resource: {
      type: I,
      props: {
        databaseVersion: "SQLSERVER_2022_STANDARD",
        settings: { tier: "db-custom-2-7680", databaseFlags: [{ name: "external scripts enabled", value: "off" }] },
      },
    },
  },
  {
    name: "SQL Server instance with external scripts enabled on",
    expect: "violate",
    message: 'settings.databaseFlags "external scripts enabled" is',
    resource: {
      type: I,
      props: {
        databaseVersion: "SQLSERVER_2022_STANDARD",
        settings: {
          tier: "db-custom-2-7680",
          databaseFlags: [
            { name: "external scripts enabled", value: "on" },
            { name: "remote access", value: "off" },
          ],
        },
      },
    },
  },
  {
    name: "SQL Server instance without the flag (the default off is compliant)",
    expect: "pass",
    resource: { type: I, props: { databaseVersion: "SQLSERVER_2022_STANDARD", settings: { tier: "db-custom-2-7680" } } },
  },
  {
    name: "another engine is not checked",
    expect: "pass",
    resource: {
      type: I,
      props: { databaseVersion: "POSTGRES_16", settings: { tier: "db-custom-2-7680", databaseFlags: [{ name: "external scripts enabled", value: "on" }] } },
    },
  },
  {
    name: "databaseVersion unknown during preview",
    expect: "unknown",
    resource: {
      type: I,
      props: { databaseVersion: unknown(), settings: { tier: "db-custom-2-7680", databaseFlags: [{ name: "external scripts enabled", value: "on" }] } },
    },
  },
  {
    name: "flag value unknown during preview",
    expect: "unknown",
    resource: {
      type: I,
      props: {
        databaseVersion: "SQLSERVER_2022_STANDARD",
        settings: { tier: "db-custom-2-7680", databaseFlags: [{ name: "external scripts enabled", value: unknown() }] },
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
