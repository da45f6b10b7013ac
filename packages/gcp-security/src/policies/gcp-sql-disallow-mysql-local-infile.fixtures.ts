import { fixtures, unknown } from "@rampart/policy-testing";

const I = "gcp:sql/databaseInstance:DatabaseInstance";

export default fixtures([
  {
    name: "MySQL instance with local_infile off",
    expect: "pass",
    resource: {
      type: I,
      props: { databaseVersion: "MYSQL_8_0", settings: { tier: "db-custom-2-7680", databaseFlags: [{ name: "local_infile", value: "off" }] } },
    },
  },
  {
    name: "MySQL instance with local_infile on",
    expect: "violate",
    message: 'settings.databaseFlags "local_infile" is',
    resource: {
      type: I,
      props: {
        databaseVersion: "MYSQL_8_0",
        settings: {
          tier: "db-custom-2-7680",
          databaseFlags: [
            { name: "local_infile", value: "on" },
            { name: "skip_show_database", value: "on" },
          ],
        },
      },
    },
  },
  {
    name: "MySQL instance without the flag (the default is on)",
    expect: "violate",
    message: "is not set on this MySQL instance",
    resource: { type: I, props: { databaseVersion: "MYSQL_8_0", settings: { tier: "db-custom-2-7680" } } },
  },
  {
    name: "another engine is not checked",
    expect: "pass",
    resource: {
      type: I,
      props: { databaseVersion: "POSTGRES_16", settings: { tier: "db-custom-2-7680", databaseFlags: [{ name: "local_infile", value: "on" }] } },
    },
  },
  {
    name: "databaseVersion unknown during preview",
    expect: "unknown",
    resource: {
      type: I,
      props: { databaseVersion: unknown(), settings: { tier: "db-custom-2-7680", databaseFlags: [{ name: "local_infile", value: "on" }] } },
    },
  },
  {
    name: "flag value unknown during preview",
    expect: "unknown",
    resource: {
      type: I,
      props: { databaseVersion: "MYSQL_8_0", settings: { tier: "db-custom-2-7680", databaseFlags: [{ name: "local_infile", value: unknown() }] } },
    },
  },
  {
    name: "flag list unknown during preview",
    expect: "unknown",
    resource: { type: I, props: { databaseVersion: "MYSQL_8_0", settings: { tier: "db-custom-2-7680", databaseFlags: unknown() } } },
  },
  { name: "a SQL user is not an instance", expect: "not-applicable", resource: { type: "gcp:sql/user:User", props: { name: "app", instance: "db" } } },
]);
