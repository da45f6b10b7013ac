import { fixtures, unknown } from "@rampart/policy-testing";

const I = "gcp:sql/databaseInstance:DatabaseInstance";

export default fixtures([
  {
    name: "PostgreSQL instance with log_disconnections on",
    expect: "pass",
    resource: {
      type: I,
      props: { databaseVersion: "POSTGRES_16", settings: { tier: "db-custom-2-7680", databaseFlags: [{ name: "log_disconnections", value: "on" }] } },
    },
  },
  {
    name: "PostgreSQL instance with log_disconnections off",
    expect: "violate",
    message: 'settings.databaseFlags "log_disconnections" is',
    resource: {
      type: I,
      props: {
        databaseVersion: "POSTGRES_16",
        settings: {
          tier: "db-custom-2-7680",
          databaseFlags: [
            { name: "log_disconnections", value: "off" },
            { name: "log_connections", value: "on" },
          ],
        },
      },
    },
  },
  {
    name: "PostgreSQL instance without the flag (the default is off)",
    expect: "violate",
    message: "is not set on this PostgreSQL instance",
    resource: { type: I, props: { databaseVersion: "POSTGRES_16", settings: { tier: "db-custom-2-7680" } } },
  },
  {
    name: "another engine is not checked",
    expect: "pass",
    resource: {
      type: I,
      props: { databaseVersion: "MYSQL_8_0", settings: { tier: "db-custom-2-7680", databaseFlags: [{ name: "log_disconnections", value: "off" }] } },
    },
  },
  {
    name: "databaseVersion unknown during preview",
    expect: "unknown",
    resource: {
      type: I,
      props: { databaseVersion: unknown(), settings: { tier: "db-custom-2-7680", databaseFlags: [{ name: "log_disconnections", value: "off" }] } },
    },
  },
  {
    name: "flag value unknown during preview",
    expect: "unknown",
    resource: {
      type: I,
      props: { databaseVersion: "POSTGRES_16", settings: { tier: "db-custom-2-7680", databaseFlags: [{ name: "log_disconnections", value: unknown() }] } },
    },
  },
  {
    name: "flag list unknown during preview",
    expect: "unknown",
    resource: { type: I, props: { databaseVersion: "POSTGRES_16", settings: { tier: "db-custom-2-7680", databaseFlags: unknown() } } },
  },
  { name: "a SQL user is not an instance", expect: "not-applicable", resource: { type: "gcp:sql/user:User", props: { name: "app", instance: "db" } } },
]);
