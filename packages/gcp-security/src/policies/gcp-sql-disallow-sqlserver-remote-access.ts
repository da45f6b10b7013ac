import { sqlFlagPolicy } from "../lib/sql-flags";

/** Cloud SQL for SQL Server instances should set `remote access` to `off` (its default is on), so stored procedures cannot be run from or on remote servers. */
export default sqlFlagPolicy(
  {
    name: "gcp-sql-disallow-sqlserver-remote-access",
    description: "Cloud SQL for SQL Server instances must set the database flag remote access to off.",
    severity: "medium",
    enforcementLevel: "advisory",
    remediationSteps: 'Add { name: "remote access", value: "off" } to settings.databaseFlags of the SQL Server instance.',
    url: "https://cloud.google.com/sql/docs/sqlserver/flags",
  },
  { engine: "SQLSERVER", flag: "remote access", want: "off", defaultValue: "on", absentOk: false, ok: (v) => v === "off" },
);
