import { sqlFlagPolicy } from "../lib/sql-flags";

/** Cloud SQL for SQL Server instances should not configure `user options`, which changes the SET defaults of every user session. */
export default sqlFlagPolicy(
  {
    name: "gcp-sql-disallow-sqlserver-user-options",
    description: "Cloud SQL for SQL Server instances must not configure the database flag user options.",
    severity: "low",
    enforcementLevel: "advisory",
    remediationSteps: 'Remove the "user options" flag from settings.databaseFlags and set session options in the application instead.',
    url: "https://cloud.google.com/sql/docs/sqlserver/flags",
  },
  {
    engine: "SQLSERVER",
    flag: "user options",
    want: "(not set)",
    defaultValue: "not configured",
    absentOk: true,
    fix: 'Remove the "user options" flag from settings.databaseFlags.',
    ok: () => false,
  },
);
