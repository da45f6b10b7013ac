import { sqlFlagPolicy } from "../lib/sql-flags";

/** Cloud SQL for MySQL instances should set `skip_show_database` to `on`, so SHOW DATABASES lists only the databases a user has privileges on. */
export default sqlFlagPolicy(
  {
    name: "gcp-sql-require-mysql-skip-show-database",
    description: "Cloud SQL for MySQL instances must set the database flag skip_show_database to on.",
    severity: "low",
    enforcementLevel: "advisory",
    remediationSteps:
      'Add { name: "skip_show_database", value: "on" } to settings.databaseFlags of the MySQL instance (flags not listed are reset to their defaults).',
    url: "https://cloud.google.com/sql/docs/mysql/flags",
  },
  { engine: "MYSQL", flag: "skip_show_database", want: "on", defaultValue: "off", absentOk: false, ok: (v) => v === "on" },
);
