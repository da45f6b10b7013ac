import { checkSetting } from "../lib/settings";
import { gcpPolicy } from "../policy";

/** Cloud Storage buckets must use uniform bucket-level access (IAM only, no per-object ACLs). */
export default gcpPolicy({
  name: "gcp-storage-require-uniform-bucket-level-access",
  description: "Cloud Storage buckets must have uniform bucket-level access enabled.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps: "Set `uniformBucketLevelAccess: true` on the bucket and grant access with IAM (bucket or project bindings) instead of object ACLs.",
  url: "https://cloud.google.com/storage/docs/uniform-bucket-level-access",
  resourceTypes: ["gcp:storage/bucket:Bucket"],
  validateResource: ({ props }, report) =>
    checkSetting(
      props,
      {
        path: "uniformBucketLevelAccess",
        want: true,
        unset: "the provider's default is false",
        risk: "object ACLs can grant access past the bucket's IAM policy",
        fix: "Set uniformBucketLevelAccess to true.",
      },
      report,
    ),
});
