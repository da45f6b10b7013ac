import { pgLevelAtLeast, sqlFlagPolicy } from "../lib/sql-flags";

/** Cloud SQL for PostgreSQL instances should set `log_min_messages` to `warning` or more severe (default `error`); debug, info and notice levels flood the logs. */
export default sqlFlagPolicy(
  {
    name: "gcp-sql-require-postgres-log-min-messages",
    description: "Cloud SQL for PostgreSQL instances must set log_min_messages to warning or a more severe level (error is the default).",
    severity: "low",
    enforcementLevel: "advisory",
    remediationSteps:
      'Remove the log_min_messages flag (its default is error) or set { name: "log_min_messages", value: "warning" } (or error) in settings.databaseFlags.',
    url: "https://cloud.google.com/sql/docs/postgres/flags",
  },
  { engine: "POSTGRES", flag: "log_min_messages", want: "warning", defaultValue: "error", absentOk: true, ok: (v) => pgLevelAtLeast(v, "warning") },
);
