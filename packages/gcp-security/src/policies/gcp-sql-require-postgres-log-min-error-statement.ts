import { pgLevelAtLeast, sqlFlagPolicy } from "../lib/sql-flags";

/** Cloud SQL for PostgreSQL instances should set `log_min_error_statement` to `error` or more severe (the default), so statements causing errors are logged without flooding the logs. */
export default sqlFlagPolicy(
  {
    name: "gcp-sql-require-postgres-log-min-error-statement",
    description: "Cloud SQL for PostgreSQL instances must set log_min_error_statement to error or a more severe level (error is the default).",
    severity: "low",
    enforcementLevel: "advisory",
    remediationSteps:
      'Remove the log_min_error_statement flag (its default is error) or set { name: "log_min_error_statement", value: "error" } in settings.databaseFlags.',
    url: "https://cloud.google.com/sql/docs/postgres/flags",
  },
  { engine: "POSTGRES", flag: "log_min_error_statement", want: "error", defaultValue: "error", absentOk: true, ok: (v) => pgLevelAtLeast(v, "error") },
);
