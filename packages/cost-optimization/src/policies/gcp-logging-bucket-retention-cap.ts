import { costPolicy } from "../policy";
import { capRule } from "../lib/cap";

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
  // Absent: Cloud Logging's default of 30 days, not a finding.
  ...capRule(
    "maxRetentionDays",
    { what: "Longest log retention in days", minimum: 1, production: 365, nonProduction: 30 },
    { spots: ["retentionDays"], unknownPath: "retentionDays" },
  ),
});
