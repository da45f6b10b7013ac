import { sqlFlagPolicy } from "../lib/sql-flags";

/** Cloud SQL for PostgreSQL instances should keep `log_min_duration_statement` at `-1` (disabled, the default): logging statements by duration writes their full text, which may hold sensitive data. */
export default sqlFlagPolicy(
  {
    name: "gcp-sql-disallow-postgres-log-min-duration-statement",
    description: "Cloud SQL for PostgreSQL instances must keep log_min_duration_statement at -1 (disabled).",
    severity: "low",
    enforcementLevel: "advisory",
    remediationSteps:
      'Remove the log_min_duration_statement flag (its default is -1) or set { name: "log_min_duration_statement", value: "-1" } in settings.databaseFlags.',
    url: "https://cloud.google.com/sql/docs/postgres/flags",
  },
  { engine: "POSTGRES", flag: "log_min_duration_statement", want: "-1", defaultValue: "-1", absentOk: true, ok: (v) => v === "-1" },
);
