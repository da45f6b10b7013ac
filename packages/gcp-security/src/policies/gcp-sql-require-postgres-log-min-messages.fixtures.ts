import { fixtures, unknown } from "@rampart/policy-testing";

const I = "gcp:sql/databaseInstance:DatabaseInstance";

export default fixtures([
  {
    name: "PostgreSQL instance with log_min_messages error",
    expect: "pass",
    resource: {
      type: I,
      props: { databaseVersion: "POSTGRES_16", settings: { tier: "db-custom-2-7680", databaseFlags: [{ name: "log_min_messages", value: "error" }] } },
    },
  },
  {
    name: "PostgreSQL instance with log_min_messages debug1",
    expect: "violate",
    message: 'settings.databaseFlags "log_min_messages" is',
    resource: {
      type: I,
      props: {
        databaseVersion: "POSTGRES_16",
        settings: {
          tier: "db-custom-2-7680",
          databaseFlags: [
            { name: "log_min_messages", value: "debug1" },
            { name: "log_connections", value: "on" },
          ],
        },
      },
    },
  },
  {
    name: "PostgreSQL instance without the flag (the default error is compliant)",
    expect: "pass",
    resource: { type: I, props: { databaseVersion: "POSTGRES_16", settings: { tier: "db-custom-2-7680" } } },
  },
  {
    name: "another engine is not checked",
    expect: "pass",
    resource: {
      type: I,
      props: { databaseVersion: "MYSQL_8_0", settings: { tier: "db-custom-2-7680", databaseFlags: [{ name: "log_min_messages", value: "debug1" }] } },
    },
  },
  {
    name: "databaseVersion unknown during preview",
    expect: "unknown",
    resource: {
      type: I,
      props: { databaseVersion: unknown(), settings: { tier: "db-custom-2-7680", databaseFlags: [{ name: "log_min_messages", value: "debug1" }] } },
    },
  },
  {
    name: "flag value unknown during preview",
    expect: "unknown",
    resource: {
      type: I,
      props: { databaseVersion: "POSTGRES_16", settings: { tier: "db-custom-2-7680", databaseFlags: [{ name: "log_min_messages", value: unknown() }] } },
    },
  },
  {
    name: "flag list unknown during preview",
    expect: "unknown",
    resource: { type: I, props: { databaseVersion: "POSTGRES_16", settings: { tier: "db-custom-2-7680", databaseFlags: unknown() } } },
  },
  {
    name: "log_min_messages warning is the minimum",
    expect: "pass",
    resource: {
      type: I,
      props: { databaseVersion: "POSTGRES_15", settings: { tier: "db-f1-micro", databaseFlags: [{ name: "log_min_messages", value: "WARNING" }] } },
    },
  },
  {
    name: "log_min_messages notice is below warning",
    expect: "violate",
    message: 'is "notice"',
    resource: {
      type: I,
      props: { databaseVersion: "POSTGRES_15", settings: { tier: "db-f1-micro", databaseFlags: [{ name: "log_min_messages", value: "notice" }] } },
    },
  },
  { name: "a SQL user is not an instance", expect: "not-applicable", resource: { type: "gcp:sql/user:User", props: { name: "app", instance: "db" } } },
]);
