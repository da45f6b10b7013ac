import { booleanPolicy } from "../lib/checks";

/** Cloud Storage buckets must use uniform bucket-level access (IAM only, no per-object ACLs). */
export default booleanPolicy({
  name: "gcp-storage-require-uniform-bucket-level-access",
  description: "Cloud Storage buckets must have uniform bucket-level access enabled.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps: "Set `uniformBucketLevelAccess: true` on the bucket and grant access with IAM (bucket or project bindings) instead of object ACLs.",
  url: "https://cloud.google.com/storage/docs/uniform-bucket-level-access",
  resourceTypes: ["gcp:storage/bucket:Bucket"],
  path: "uniformBucketLevelAccess",
  want: true,
  defaultValue: false,
  literal: true,
  risk: "object ACLs can grant access past the bucket's IAM policy",
  fix: "Set uniformBucketLevelAccess to true.",
});
