import { sqlFlagPolicy } from "../lib/sql-flags";

/** Cloud SQL for SQL Server instances should keep `contained database authentication` off (the default), so users cannot authenticate to a contained database outside the server's login policy. */
export default sqlFlagPolicy(
  {
    name: "gcp-sql-disallow-sqlserver-contained-database-authentication",
    description: "Cloud SQL for SQL Server instances must keep the database flag contained database authentication off.",
    severity: "medium",
    enforcementLevel: "advisory",
    remediationSteps: 'Remove the "contained database authentication" flag from settings.databaseFlags (its default is off) or set it to off.',
    url: "https://cloud.google.com/sql/docs/sqlserver/flags",
  },
  { engine: "SQLSERVER", flag: "contained database authentication", want: "off", defaultValue: "off", absentOk: true, ok: (v) => v === "off" },
);
