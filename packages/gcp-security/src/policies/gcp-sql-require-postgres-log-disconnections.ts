import { sqlFlagPolicy } from "../lib/sql-flags";

/** Cloud SQL for PostgreSQL instances should set `log_disconnections` to `on`, so the end of every session and its duration is logged. */
export default sqlFlagPolicy(
  {
    name: "gcp-sql-require-postgres-log-disconnections",
    description: "Cloud SQL for PostgreSQL instances must set the database flag log_disconnections to on.",
    severity: "medium",
    enforcementLevel: "advisory",
    remediationSteps: 'Add { name: "log_disconnections", value: "on" } to settings.databaseFlags of the PostgreSQL instance.',
    url: "https://cloud.google.com/sql/docs/postgres/flags",
  },
  { engine: "POSTGRES", flag: "log_disconnections", want: "on", defaultValue: "off", absentOk: false, ok: (v) => v === "on" },
);
