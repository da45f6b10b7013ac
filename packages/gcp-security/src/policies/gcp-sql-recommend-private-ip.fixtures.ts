import { fixtures, unknown } from "@rampart/policy-testing";

const I = "gcp:sql/databaseInstance:DatabaseInstance";

export default fixtures([
  {
    name: "private IP only",
    expect: "pass",
    resource: {
      type: I,
      props: {
        databaseVersion: "POSTGRES_16",
        settings: { tier: "db-f1-micro", ipConfiguration: { ipv4Enabled: false, privateNetwork: "projects/p/global/networks/vpc" } },
      },
    },
  },
  {
    name: "public IP enabled",
    expect: "violate",
    message: "ipv4Enabled is true",
    resource: { type: I, props: { databaseVersion: "POSTGRES_16", settings: { tier: "db-f1-micro", ipConfiguration: { ipv4Enabled: true } } } },
  },
  {
    name: "ipConfiguration omitted (public IP by default)",
    expect: "violate",
    message: "ipv4Enabled is not set",
    resource: { type: I, props: { databaseVersion: "MYSQL_8_0", settings: { tier: "db-f1-micro" } } },
  },
  {
    name: "ipv4Enabled unknown during preview",
    expect: "unknown",
    resource: { type: I, props: { databaseVersion: "POSTGRES_16", settings: { tier: "db-f1-micro", ipConfiguration: { ipv4Enabled: unknown() } } } },
  },
  { name: "a SQL user is not an instance", expect: "not-applicable", resource: { type: "gcp:sql/user:User", props: { name: "app", instance: "db" } } },
]);
