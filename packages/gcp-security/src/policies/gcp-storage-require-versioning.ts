import { booleanPolicy } from "../lib/checks";
import { BUCKET } from "../lib/storage";

/** Buckets should keep noncurrent object versions, so overwritten or deleted objects can be recovered. */
export default booleanPolicy({
  name: "gcp-storage-require-versioning",
  description: "Cloud Storage buckets should have object versioning enabled.",
  severity: "low",
  enforcementLevel: "advisory",
  remediationSteps:
    "Set `versioning: { enabled: true }` and add a lifecycle rule (`lifecycleRules` with `condition.numNewerVersions` or `daysSinceNoncurrentTime`) to expire old versions.",
  url: "https://cloud.google.com/storage/docs/object-versioning",
  resourceTypes: [BUCKET],
  path: "versioning.enabled",
  want: true,
  defaultValue: false,
  risk: "an overwritten or deleted object cannot be restored once soft delete retention ends",
  fix: "Set versioning.enabled to true.",
});
