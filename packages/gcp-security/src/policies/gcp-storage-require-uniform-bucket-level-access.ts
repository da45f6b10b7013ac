import { peek, requireKnown } from "@rampart/policy-core";
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
  validateResource: ({ props }, report) => {
    const ubla = peek<boolean>(props, "uniformBucketLevelAccess");
    if (ubla.state === "unknown") requireKnown(props, "uniformBucketLevelAccess");
    if (ubla.state === "absent" || (ubla.state === "known" && ubla.value !== true)) {
      report(
        `uniformBucketLevelAccess is ${ubla.state === "known" ? "false" : "not set (the provider's default is false)"}, so object ACLs can grant access past the bucket's IAM policy. Set uniformBucketLevelAccess to true.`,
      );
    }
  },
});
