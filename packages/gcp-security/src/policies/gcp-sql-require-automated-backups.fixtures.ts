import { fixtures, unknown } from "@rampart/policy-testing";
import { sqlInstanceWith } from "../lib/sql-flags.fixtures-kit";

export default fixtures([
  {
    name: "backups enabled",
    expect: "pass",
    resource: sqlInstanceWith("POSTGRES_16", { backupConfiguration: { enabled: true, startTime: "03:00" } }),
  },
  {
    name: "read replica (no own backups)",
    expect: "pass",
    resource: sqlInstanceWith("POSTGRES_16", {}, { masterInstanceName: "primary" }),
  },
  {
    name: "backups disabled",
    expect: "violate",
    message: "backupConfiguration.enabled is false",
    resource: sqlInstanceWith("MYSQL_8_0", { backupConfiguration: { enabled: false } }),
  },
  {
    name: "backupConfiguration omitted (off by default)",
    expect: "violate",
    message: "is not set",
    resource: sqlInstanceWith("MYSQL_8_0", {}),
  },
  {
    name: "enabled unknown during preview",
    expect: "unknown",
    resource: sqlInstanceWith("MYSQL_8_0", { backupConfiguration: { enabled: unknown() } }),
  },
  {
    name: "replica source unknown during preview",
    expect: "unknown",
    resource: sqlInstanceWith("MYSQL_8_0", {}, { masterInstanceName: unknown() }),
  },
  { name: "a database is not an instance", expect: "not-applicable", resource: { type: "gcp:sql/database:Database", props: { name: "app", instance: "db" } } },
]);
