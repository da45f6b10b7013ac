import { sqlFlagPolicy } from "../lib/sql-flags";

/** Cloud SQL for SQL Server instances should keep `cross db ownership chaining` off (the default; the flag is deprecated), so ownership chains cannot cross databases. */
export default sqlFlagPolicy(
  {
    name: "gcp-sql-disallow-sqlserver-cross-db-ownership-chaining",
    description: "Cloud SQL for SQL Server instances must keep the database flag cross db ownership chaining off.",
    severity: "medium",
    enforcementLevel: "advisory",
    remediationSteps: 'Remove the "cross db ownership chaining" flag from settings.databaseFlags (its default is off) or set it to off.',
    url: "https://cloud.google.com/sql/docs/sqlserver/flags",
  },
  { engine: "SQLSERVER", flag: "cross db ownership chaining", want: "off", defaultValue: "off", absentOk: true, ok: (v) => v === "off" },
);
