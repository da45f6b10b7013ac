import { fixtures, unknown } from "@rampart/policy-testing";

const I = "gcp:sql/databaseInstance:DatabaseInstance";
const settings = (ipConfiguration: Record<string, unknown>) => ({ tier: "db-f1-micro", ipConfiguration });

export default fixtures([
  {
    name: "office range authorized",
    expect: "pass",
    resource: {
      type: I,
      props: { databaseVersion: "MYSQL_8_0", settings: settings({ ipv4Enabled: true, authorizedNetworks: [{ name: "office", value: "203.0.113.0/24" }] }) },
    },
  },
  {
    name: "private IP only",
    expect: "pass",
    resource: {
      type: I,
      props: { databaseVersion: "MYSQL_8_0", settings: settings({ ipv4Enabled: false, privateNetwork: "projects/p/global/networks/vpc" }) },
    },
  },
  { name: "no authorized networks (default)", expect: "pass", resource: { type: I, props: { databaseVersion: "POSTGRES_16", settings: settings({}) } } },
  {
    name: "0.0.0.0/0 on a public IP",
    expect: "violate",
    message: "authorizedNetworks allows 0.0.0.0/0",
    resource: {
      type: I,
      props: {
        databaseVersion: "MYSQL_8_0",
        settings: settings({
          ipv4Enabled: true,
          authorizedNetworks: [
            { name: "office", value: "203.0.113.0/24" },
            { name: "all", value: "0.0.0.0/0" },
          ],
        }),
      },
    },
  },
  {
    name: "0.0.0.0/0 with ipv4Enabled omitted (public IP is the provider's default)",
    expect: "violate",
    message: "authorizedNetworks allows 0.0.0.0/0",
    resource: { type: I, props: { databaseVersion: "POSTGRES_16", settings: settings({ authorizedNetworks: [{ value: "0.0.0.0/0" }] }) } },
  },
  {
    name: "::/0 is open too",
    expect: "violate",
    message: "authorizedNetworks allows",
    resource: { type: I, props: { databaseVersion: "POSTGRES_16", settings: settings({ authorizedNetworks: [{ value: "::/0" }] }) } },
  },
  {
    name: "0.0.0.0/0 listed but public IP disabled",
    expect: "pass",
    resource: {
      type: I,
      props: {
        databaseVersion: "MYSQL_8_0",
        settings: settings({ ipv4Enabled: false, privateNetwork: "projects/p/global/networks/vpc", authorizedNetworks: [{ value: "0.0.0.0/0" }] }),
      },
    },
  },
  {
    name: "authorized network value unknown during preview",
    expect: "unknown",
    resource: { type: I, props: { databaseVersion: "MYSQL_8_0", settings: settings({ ipv4Enabled: true, authorizedNetworks: [{ value: unknown() }] }) } },
  },
  {
    name: "ipv4Enabled unknown with 0.0.0.0/0",
    expect: "unknown",
    resource: {
      type: I,
      props: { databaseVersion: "MYSQL_8_0", settings: settings({ ipv4Enabled: unknown(), authorizedNetworks: [{ value: "0.0.0.0/0" }] }) },
    },
  },
  { name: "a database is not an instance", expect: "not-applicable", resource: { type: "gcp:sql/database:Database", props: { name: "app", instance: "db" } } },
]);
