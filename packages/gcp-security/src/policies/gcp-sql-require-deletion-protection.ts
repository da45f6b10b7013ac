import { SQL_INSTANCE } from "../lib/sql-flags";
import { checkSetting } from "../lib/settings";
import { gcpPolicy } from "../policy";

/**
 * Cloud SQL instances should have the API-level deletion protection
 * (`settings.deletionProtectionEnabled: true`; off when omitted). The top-level
 * `deletionProtection` input only guards against deletion by Pulumi, not from the console or gcloud.
 */
export default gcpPolicy({
  name: "gcp-sql-require-deletion-protection",
  description: "Cloud SQL instances should have deletion protection enabled at the API level (settings.deletionProtectionEnabled).",
  severity: "low",
  enforcementLevel: "advisory",
  remediationSteps:
    "Set settings.deletionProtectionEnabled to true (it blocks deletion from every client: console, gcloud, API and Pulumi); keep deletionProtection true as well.",
  url: "https://cloud.google.com/sql/docs/mysql/deletion-protection",
  resourceTypes: [SQL_INSTANCE],
  validateResource: ({ props }, report) =>
    checkSetting(
      props,
      {
        path: "settings.deletionProtectionEnabled",
        want: true,
        unset: "off by default",
        risk: "the instance can be deleted from the console, gcloud or the API",
        fix: "Set settings.deletionProtectionEnabled to true.",
      },
      report,
    ),
});
