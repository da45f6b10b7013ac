import { sqlFlagPolicy } from "../lib/sql-flags";

/** Cloud SQL for SQL Server instances should keep `external scripts enabled` off (the default), so R and Python scripts cannot run inside the database engine. */
export default sqlFlagPolicy(
  {
    name: "gcp-sql-disallow-sqlserver-external-scripts",
    description: "Cloud SQL for SQL Server instances must keep the database flag external scripts enabled off.",
    severity: "medium",
    enforcementLevel: "advisory",
    remediationSteps: 'Remove the "external scripts enabled" flag from settings.databaseFlags (its default is off) or set it to off.',
    url: "https://cloud.google.com/sql/docs/sqlserver/flags",
  },
  { engine: "SQLSERVER", flag: "external scripts enabled", want: "off", defaultValue: "off", absentOk: true, ok: (v) => v === "off" },
);
