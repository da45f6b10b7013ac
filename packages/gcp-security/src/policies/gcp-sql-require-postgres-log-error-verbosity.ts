import { sqlFlagPolicy } from "../lib/sql-flags";

/** Cloud SQL for PostgreSQL instances should keep `log_error_verbosity` at `default` (or the stricter `terse`); `verbose` logs source file names and line numbers. */
export default sqlFlagPolicy(
  {
    name: "gcp-sql-require-postgres-log-error-verbosity",
    description: "Cloud SQL for PostgreSQL instances must set log_error_verbosity to default or terse (not verbose).",
    severity: "low",
    enforcementLevel: "advisory",
    remediationSteps:
      'Remove the log_error_verbosity flag (its default is default) or set { name: "log_error_verbosity", value: "default" } in settings.databaseFlags.',
    url: "https://cloud.google.com/sql/docs/postgres/flags",
  },
  {
    engine: "POSTGRES",
    flag: "log_error_verbosity",
    want: "default",
    defaultValue: "default",
    absentOk: true,
    ok: (v) => v === "default" || v === "terse",
  },
);
