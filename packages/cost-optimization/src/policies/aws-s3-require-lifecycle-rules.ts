import { awsS3, peekItems, msg } from "@rampart/policy-core";
import { costPolicy } from "../policy";

/**
 * Every S3 bucket has lifecycle rules: inline `lifecycleRules` on `aws:s3/bucket:Bucket`, or a
 * BucketLifecycleConfiguration (V2) linked through its `bucket` (name or id) or, during preview,
 * its property dependency on the bucket.
 */
export default costPolicy({
  name: "aws-s3-require-lifecycle-rules",
  description: "S3 buckets have lifecycle rules that expire or transition objects, so storage does not grow (and bill) forever.",
  severity: "low",
  remediationSteps:
    "Add an aws.s3.BucketLifecycleConfiguration for the bucket with rules that expire temporary objects, abort incomplete multipart uploads, expire noncurrent versions and transition cold data to STANDARD_IA, INTELLIGENT_TIERING or GLACIER classes.",
  url: "https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lifecycle-mgmt.html",
  tags: ["storage"],
  resourceTypes: awsS3.S3_BUCKET_TYPES,
  validateStack: ({ index }, report) => {
    const links = index.companions({
      targetTypes: awsS3.S3_BUCKET_TYPES,
      companionTypes: awsS3.S3_LIFECYCLE_TYPES,
      linkProperty: "bucket",
      targetKeys: awsS3.S3_BUCKET_KEYS,
    });
    for (const bucket of index.ofType(...awsS3.S3_BUCKET_TYPES)) {
      const inline = peekItems(bucket.props, "lifecycleRules");
      if (inline.unknown || inline.known.length) continue;
      if ((links.byTarget.get(bucket.urn) ?? []).length) continue;
      if (links.unresolved.length) {
        report.unknown(msg`Bucket "${bucket.name}": a lifecycle configuration whose bucket is not known yet may belong to it.`, bucket.urn);
        continue;
      }
      report(
        msg`Bucket "${bucket.name}" has no lifecycle rules (no lifecycleRules and no BucketLifecycleConfiguration). Add a BucketLifecycleConfiguration that expires or transitions objects.`,
        bucket.urn,
      );
    }
  },
});
