import { sqlFlagPolicy } from "../lib/sql-flags";

/** Cloud SQL for SQL Server instances should turn trace flag `3625` on, which masks parameters of some error messages for users who are not sysadmin. */
export default sqlFlagPolicy(
  {
    name: "gcp-sql-require-sqlserver-trace-flag-3625",
    description: "Cloud SQL for SQL Server instances must set the database flag 3625 (trace flag) to on.",
    severity: "low",
    enforcementLevel: "advisory",
    remediationSteps: 'Add { name: "3625", value: "on" } to settings.databaseFlags of the SQL Server instance.',
    url: "https://cloud.google.com/sql/docs/sqlserver/flags",
  },
  { engine: "SQLSERVER", flag: "3625", want: "on", defaultValue: "off", absentOk: false, ok: (v) => v === "on" },
);
