import { awsS3, msg } from "@rampart/policy-core";
import { awsPolicy } from "../policy";

/**
 * S3 buckets should have versioning enabled: inline `versioning.enabled` (v7 Bucket) /
 * `versionings[0].enabled` (BucketV2), or an aws.s3.BucketVersioning(V2) companion with
 * `versioningConfiguration.status` "Enabled".
 */
export default awsPolicy({
  name: "aws-s3-require-versioning",
  description: "S3 buckets should have versioning enabled.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    'Add an aws.s3.BucketVersioning for the bucket with versioningConfiguration.status "Enabled" (and a lifecycle rule that expires noncurrent versions to bound storage costs).',
  url: "https://docs.aws.amazon.com/AmazonS3/latest/userguide/Versioning.html",
  resourceTypes: [...awsS3.S3_BUCKET_TYPES, ...awsS3.S3_VERSIONING_TYPES],
  validateStack: ({ index }, report) => {
    const { buckets, unresolved } = awsS3.bucketsWithCompanions(index, awsS3.S3_VERSIONING_TYPES);
    for (const { bucket, companions } of buckets) {
      const inline = awsS3.inlineVersioningEnabled(bucket.type, bucket.props);
      const statuses = companions.map((c) => awsS3.companionVersioningStatus(c.props));
      if ((inline.state === "known" && inline.value === true) || statuses.some((s) => s.state === "known" && s.value === "Enabled")) continue;
      if (inline.state === "unknown" || statuses.some((s) => s.state === "unknown")) {
        report.unknown(msg`Bucket "${bucket.name}": its versioning status is not known yet.`, bucket.urn);
        continue;
      }
      if (unresolved) continue;
      const suspended = statuses.find((s) => s.state === "known");
      const what =
        suspended && suspended.state === "known"
          ? msg`has versioning status "${String(suspended.value)}"`
          : msg`has no versioning (${awsS3.inlinePath(bucket.type, "versioning.enabled", "versionings[0].enabled")} is unset or false and no BucketVersioning is linked)`;
      report(msg`Bucket "${bucket.name}" ${what}. Add an aws.s3.BucketVersioning with status "Enabled".`, bucket.urn);
    }
  },
});
