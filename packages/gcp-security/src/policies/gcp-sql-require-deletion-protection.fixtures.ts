import { fixtures, unknown } from "@rampart/policy-testing";
import { sqlInstanceWith } from "../lib/sql-flags.fixtures-kit";

export default fixtures([
  {
    name: "deletion protection on",
    expect: "pass",
    resource: sqlInstanceWith("POSTGRES_16", { deletionProtectionEnabled: true }),
  },
  {
    name: "only the Pulumi-side deletionProtection",
    expect: "violate",
    message: "deletionProtectionEnabled is not set",
    resource: sqlInstanceWith("POSTGRES_16", {}, { deletionProtection: true }),
  },
  {
    name: "deletion protection off",
    expect: "violate",
    message: "deletionProtectionEnabled is false",
    resource: sqlInstanceWith("MYSQL_8_0", { deletionProtectionEnabled: false }),
  },
  {
    name: "unknown during preview",
    expect: "unknown",
    resource: sqlInstanceWith("MYSQL_8_0", { deletionProtectionEnabled: unknown() }),
  },
  { name: "a SQL user is not an instance", expect: "not-applicable", resource: { type: "gcp:sql/user:User", props: { name: "app", instance: "db" } } },
]);
