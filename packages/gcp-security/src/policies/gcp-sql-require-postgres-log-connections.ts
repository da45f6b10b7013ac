import { sqlFlagPolicy } from "../lib/sql-flags";

/** Cloud SQL for PostgreSQL instances should set `log_connections` to `on`, so every connection attempt is logged. */
export default sqlFlagPolicy(
  {
    name: "gcp-sql-require-postgres-log-connections",
    description: "Cloud SQL for PostgreSQL instances must set the database flag log_connections to on.",
    severity: "medium",
    enforcementLevel: "advisory",
    remediationSteps: 'Add { name: "log_connections", value: "on" } to settings.databaseFlags of the PostgreSQL instance.',
    url: "https://cloud.google.com/sql/docs/postgres/flags",
  },
  { engine: "POSTGRES", flag: "log_connections", want: "on", defaultValue: "off", absentOk: false, ok: (v) => v === "on" },
);
