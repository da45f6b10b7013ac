import { fixtures, unknown } from "@rampart/policy-testing";
import { sqlInstanceWith } from "../lib/sql-flags.fixtures-kit";

export default fixtures([
  {
    name: "private IP only",
    expect: "pass",
    resource: sqlInstanceWith("POSTGRES_16", { ipConfiguration: { ipv4Enabled: false, privateNetwork: "projects/p/global/networks/vpc" } }),
  },
  {
    name: "public IP enabled",
    expect: "violate",
    message: "ipv4Enabled is true",
    resource: sqlInstanceWith("POSTGRES_16", { ipConfiguration: { ipv4Enabled: true } }),
  },
  {
    name: "ipConfiguration omitted (public IP by default)",
    expect: "violate",
    message: "ipv4Enabled is not set",
    resource: sqlInstanceWith("MYSQL_8_0", {}),
  },
  {
    name: "ipv4Enabled unknown during preview",
    expect: "unknown",
    resource: sqlInstanceWith("POSTGRES_16", { ipConfiguration: { ipv4Enabled: unknown() } }),
  },
  { name: "a SQL user is not an instance", expect: "not-applicable", resource: { type: "gcp:sql/user:User", props: { name: "app", instance: "db" } } },
]);
