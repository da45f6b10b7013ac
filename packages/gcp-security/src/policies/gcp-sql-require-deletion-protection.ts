import { booleanPolicy } from "../lib/checks";
import { SQL_INSTANCE } from "../lib/sql-flags";

/**
 * Cloud SQL instances should have the API-level deletion protection
 * (`settings.deletionProtectionEnabled: true`; off when omitted). The top-level
 * `deletionProtection` input only guards against deletion by Pulumi, not from the console or gcloud.
 */
export default booleanPolicy({
  name: "gcp-sql-require-deletion-protection",
  description: "Cloud SQL instances should have deletion protection enabled at the API level (settings.deletionProtectionEnabled).",
  severity: "low",
  enforcementLevel: "advisory",
  remediationSteps:
    "Set settings.deletionProtectionEnabled to true (it blocks deletion from every client: console, gcloud, API and Pulumi); keep deletionProtection true as well.",
  url: "https://cloud.google.com/sql/docs/mysql/deletion-protection",
  resourceTypes: [SQL_INSTANCE],
  path: "settings.deletionProtectionEnabled",
  want: true,
  defaultValue: false,
  literal: true,
  unset: "off by default",
  risk: "the instance can be deleted from the console, gcloud or the API",
  fix: "Set settings.deletionProtectionEnabled to true.",
});
