import { checkFlag, SQL_INSTANCE, sqlEngine } from "../lib/sql-flags";
import { gcpPolicy } from "../policy";

/**
 * Cloud SQL for PostgreSQL and MySQL instances should enable IAM database authentication: flag
 * `cloudsql.iam_authentication` (PostgreSQL) or `cloudsql_iam_authentication` (MySQL) `on`.
 * SQL Server does not support it and is not checked.
 */
export default gcpPolicy({
  name: "gcp-sql-require-iam-authentication",
  description:
    "Cloud SQL for PostgreSQL and MySQL instances should enable IAM database authentication (cloudsql.iam_authentication / cloudsql_iam_authentication on).",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    'Add { name: "cloudsql.iam_authentication", value: "on" } (PostgreSQL) or { name: "cloudsql_iam_authentication", value: "on" } (MySQL) to settings.databaseFlags, then create gcp.sql.User resources of type CLOUD_IAM_USER or CLOUD_IAM_SERVICE_ACCOUNT.',
  url: "https://cloud.google.com/sql/docs/postgres/iam-authentication",
  resourceTypes: [SQL_INSTANCE],
  validateResource: (resource, report) => {
    const engine = sqlEngine(resource.props);
    if (engine === "SQLSERVER" || engine === undefined) return;
    const common = { want: "on", defaultValue: "off", absentOk: false, ok: (v: string) => v === "on" };
    // An unknown engine: the PostgreSQL rule reads databaseVersion and gives the preview advisory.
    if (engine === "MYSQL") checkFlag({ ...common, engine: "MYSQL", flag: "cloudsql_iam_authentication" }, resource, report);
    else checkFlag({ ...common, engine: "POSTGRES", flag: "cloudsql.iam_authentication" }, resource, report);
  },
});
