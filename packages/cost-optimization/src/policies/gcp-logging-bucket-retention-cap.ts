import { ENVIRONMENT_CONFIG, peek, requireKnown, msg } from "@rampart/policy-core";
import { costPolicy } from "../policy";
import { limitFor } from "../lib/env";

/** Cloud Logging buckets must keep logs no longer than the stack's cap. */
export default costPolicy({
  name: "gcp-logging-bucket-retention-cap",
  description: "Cloud Logging buckets keep retentionDays at or below the stack's cap; retention beyond the included 30 days is billed per GB-month.",
  severity: "medium",
  remediationSteps:
    "Lower retentionDays (30 is included in the ingestion price); route logs that must be kept longer to a Cloud Storage sink with a lifecycle rule to ARCHIVE; or raise maxRetentionDays / nonProductionMaxRetentionDays.",
  url: "https://cloud.google.com/logging/docs/buckets#custom-retention",
  tags: ["logging"],
  resourceTypes: [
    "gcp:logging/projectBucketConfig:ProjectBucketConfig",
    "gcp:logging/folderBucketConfig:FolderBucketConfig",
    "gcp:logging/organizationBucketConfig:OrganizationBucketConfig",
    "gcp:logging/billingAccountBucketConfig:BillingAccountBucketConfig",
  ],
  config: {
    maxRetentionDays: { type: "integer", minimum: 1, description: "Longest log retention in days on production stacks.", default: 365 },
    nonProductionMaxRetentionDays: { type: "integer", minimum: 1, description: "Longest log retention in days on non-production stacks.", default: 30 },
    ...ENVIRONMENT_CONFIG,
  },
  validateResource: ({ props, config, urn, stackTags }, report) => {
    const r = peek<number>(props, "retentionDays");
    if (r.state === "unknown") return requireKnown(props, "retentionDays");
    // Absent: Cloud Logging's default of 30 days.
    if (r.state !== "known" || typeof r.value !== "number") return;
    const cap = limitFor({ urn, stackTags }, config, "maxRetentionDays");
    if (r.value > cap.value)
      report(msg`retentionDays is ${r.value}, above the ${cap.environment} cap ${cap.key} = ${cap.value}. Lower it or raise ${cap.key}.`);
  },
});
