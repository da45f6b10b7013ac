import { sqlFlagPolicy } from "../lib/sql-flags";

/** Cloud SQL for PostgreSQL instances should set `log_statement` to `ddl` (CIS's recommendation; `mod` and `all` log more), not the default `none`. */
export default sqlFlagPolicy(
  {
    name: "gcp-sql-require-postgres-log-statement",
    description: "Cloud SQL for PostgreSQL instances must set log_statement to ddl (or mod or all), not none.",
    severity: "low",
    enforcementLevel: "advisory",
    remediationSteps:
      'Add { name: "log_statement", value: "ddl" } to settings.databaseFlags of the PostgreSQL instance (mod or all if your logging policy asks for data-modifying statements too).',
    url: "https://cloud.google.com/sql/docs/postgres/flags",
  },
  { engine: "POSTGRES", flag: "log_statement", want: "ddl", defaultValue: "none", absentOk: false, ok: (v) => v === "ddl" || v === "mod" || v === "all" },
);
