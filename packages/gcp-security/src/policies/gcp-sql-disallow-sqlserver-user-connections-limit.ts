import { sqlFlagPolicy } from "../lib/sql-flags";

/** Cloud SQL for SQL Server instances should not limit `user connections` (0, the default, lets SQL Server manage up to 32,767), so a low limit cannot deny service. */
export default sqlFlagPolicy(
  {
    name: "gcp-sql-disallow-sqlserver-user-connections-limit",
    description: "Cloud SQL for SQL Server instances must leave the database flag user connections at 0 (not limiting).",
    severity: "low",
    enforcementLevel: "advisory",
    remediationSteps: 'Remove the "user connections" flag from settings.databaseFlags (its default 0 does not limit connections) or set it to 0.',
    url: "https://cloud.google.com/sql/docs/sqlserver/flags",
  },
  { engine: "SQLSERVER", flag: "user connections", want: "0", defaultValue: "0 (no limit)", absentOk: true, ok: (v) => v === "0" },
);
