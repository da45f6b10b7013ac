import { fixtures, unknown } from "@rampart/policy-testing";

const I = "gcp:sql/databaseInstance:DatabaseInstance";

export default fixtures([
  {
    name: "PostgreSQL instance with log_error_verbosity default",
    expect: "pass",
    resource: {
      type: I,
      props: { databaseVersion: "POSTGRES_16", settings: { tier: "db-custom-2-7680", databaseFlags: [{ name: "log_error_verbosity", value: "default" }] } },
    },
  },
  {
    name: "PostgreSQL instance with log_error_verbosity verbose",
    expect: "violate",
    message: 'settings.databaseFlags "log_error_verbosity" is',
    resource: {
      type: I,
      props: {
        databaseVersion: "POSTGRES_16",
        settings: {
          tier: "db-custom-2-7680",
          databaseFlags: [
            { name: "log_error_verbosity", value: "verbose" },
            { name: "log_connections", value: "on" },
          ],
        },
      },
    },
  },
  {
    name: "PostgreSQL instance without the flag (the default default is compliant)",
    expect: "pass",
    resource: { type: I, props: { databaseVersion: "POSTGRES_16", settings: { tier: "db-custom-2-7680" } } },
  },
  {
    name: "another engine is not checked",
    expect: "pass",
    resource: {
      type: I,
      props: { databaseVersion: "MYSQL_8_0", settings: { tier: "db-custom-2-7680", databaseFlags: [{ name: "log_error_verbosity", value: "verbose" }] } },
    },
  },
  {
    name: "databaseVersion unknown during preview",
    expect: "unknown",
    resource: {
      type: I,
      props: { databaseVersion: unknown(), settings: { tier: "db-custom-2-7680", databaseFlags: [{ name: "log_error_verbosity", value: "verbose" }] } },
    },
  },
  {
    name: "flag value unknown during preview",
    expect: "unknown",
    resource: {
      type: I,
      props: { databaseVersion: "POSTGRES_16", settings: { tier: "db-custom-2-7680", databaseFlags: [{ name: "log_error_verbosity", value: unknown() }] } },
    },
  },
  {
    name: "flag list unknown during preview",
    expect: "unknown",
    resource: { type: I, props: { databaseVersion: "POSTGRES_16", settings: { tier: "db-custom-2-7680", databaseFlags: unknown() } } },
  },
  { name: "a SQL user is not an instance", expect: "not-applicable", resource: { type: "gcp:sql/user:User", props: { name: "app", instance: "db" } } },
]);
