import { peek, requireKnown } from "@rampart/policy-core";
import { SQL_INSTANCE } from "../lib/sql-flags";
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
  validateResource: ({ props }, report) => {
    const dp = peek<boolean>(props, "settings.deletionProtectionEnabled");
    if (dp.state === "unknown") return requireKnown(props, "settings.deletionProtectionEnabled");
    if (dp.state === "known" && dp.value === true) return;
    report(
      `settings.deletionProtectionEnabled is ${dp.state === "known" ? "false" : "not set (off by default)"}, so the instance can be deleted from the console, gcloud or the API. Set settings.deletionProtectionEnabled to true.`,
    );
  },
});
