import { fixtures, unknown } from "@rampart/policy-testing";
import { sqlInstanceWith } from "../lib/sql-flags.fixtures-kit";

export default fixtures([
  {
    name: "office range authorized",
    expect: "pass",
    resource: sqlInstanceWith("MYSQL_8_0", { ipConfiguration: { ipv4Enabled: true, authorizedNetworks: [{ name: "office", value: "203.0.113.0/24" }] } }),
  },
  {
    name: "private IP only",
    expect: "pass",
    resource: sqlInstanceWith("MYSQL_8_0", { ipConfiguration: { ipv4Enabled: false, privateNetwork: "projects/p/global/networks/vpc" } }),
  },
  { name: "no authorized networks (default)", expect: "pass", resource: sqlInstanceWith("POSTGRES_16", { ipConfiguration: {} }) },
  {
    name: "0.0.0.0/0 on a public IP",
    expect: "violate",
    message: "authorizedNetworks allows 0.0.0.0/0",
    resource: sqlInstanceWith("MYSQL_8_0", {
      ipConfiguration: {
        ipv4Enabled: true,
        authorizedNetworks: [
          { name: "office", value: "203.0.113.0/24" },
          { name: "all", value: "0.0.0.0/0" },
        ],
      },
    }),
  },
  {
    name: "0.0.0.0/0 with ipv4Enabled omitted (public IP is the provider's default)",
    expect: "violate",
    message: "authorizedNetworks allows 0.0.0.0/0",
    resource: sqlInstanceWith("POSTGRES_16", { ipConfiguration: { authorizedNetworks: [{ value: "0.0.0.0/0" }] } }),
  },
  {
    name: "::/0 is open too",
    expect: "violate",
    message: "authorizedNetworks allows",
    resource: sqlInstanceWith("POSTGRES_16", { ipConfiguration: { authorizedNetworks: [{ value: "::/0" }] } }),
  },
  {
    name: "0.0.0.0/0 listed but public IP disabled",
    expect: "pass",
    resource: sqlInstanceWith("MYSQL_8_0", {
      ipConfiguration: { ipv4Enabled: false, privateNetwork: "projects/p/global/networks/vpc", authorizedNetworks: [{ value: "0.0.0.0/0" }] },
    }),
  },
  {
    name: "authorized network value unknown during preview",
    expect: "unknown",
    resource: sqlInstanceWith("MYSQL_8_0", { ipConfiguration: { ipv4Enabled: true, authorizedNetworks: [{ value: unknown() }] } }),
  },
  {
    name: "ipv4Enabled unknown with 0.0.0.0/0",
    expect: "unknown",
    resource: sqlInstanceWith("MYSQL_8_0", { ipConfiguration: { ipv4Enabled: unknown(), authorizedNetworks: [{ value: "0.0.0.0/0" }] } }),
  },
  { name: "a database is not an instance", expect: "not-applicable", resource: { type: "gcp:sql/database:Database", props: { name: "app", instance: "db" } } },
]);
