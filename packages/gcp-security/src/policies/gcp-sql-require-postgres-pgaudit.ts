import { sqlFlagPolicy } from "../lib/sql-flags";

/** Cloud SQL for PostgreSQL instances should set `cloudsql.enable_pgaudit` to `on`, so the pgAudit extension can write session and object audit logs to Cloud Logging. */
export default sqlFlagPolicy(
  {
    name: "gcp-sql-require-postgres-pgaudit",
    description: "Cloud SQL for PostgreSQL instances must set the database flag cloudsql.enable_pgaudit to on.",
    severity: "medium",
    enforcementLevel: "advisory",
    remediationSteps:
      'Add { name: "cloudsql.enable_pgaudit", value: "on" } (and pgaudit.log as your policy requires) to settings.databaseFlags, then run CREATE EXTENSION pgaudit in each database.',
    url: "https://cloud.google.com/sql/docs/postgres/pg-audit",
  },
  { engine: "POSTGRES", flag: "cloudsql.enable_pgaudit", want: "on", defaultValue: "off", absentOk: false, ok: (v) => v === "on" },
);
