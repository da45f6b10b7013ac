import { sqlFlagPolicy } from "../lib/sql-flags";

/** Cloud SQL for MySQL instances should set `local_infile` to `off` (its default is on), so clients cannot load local files with LOAD DATA LOCAL. */
export default sqlFlagPolicy(
  {
    name: "gcp-sql-disallow-mysql-local-infile",
    description: "Cloud SQL for MySQL instances must set the database flag local_infile to off.",
    severity: "medium",
    enforcementLevel: "advisory",
    remediationSteps: 'Add { name: "local_infile", value: "off" } to settings.databaseFlags of the MySQL instance.',
    url: "https://cloud.google.com/sql/docs/mysql/flags",
  },
  { engine: "MYSQL", flag: "local_infile", want: "off", defaultValue: "on", absentOk: false, ok: (v) => v === "off" },
);
