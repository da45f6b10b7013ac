import { awsS3, deniesInsecureTransport, policyDocumentAt, msg } from "@rampart/policy-core";
import { awsPolicy } from "../policy";

/**
 * Every S3 bucket must have a bucket policy that denies requests over plain HTTP: a Deny statement
 * for every principal on `s3:*` (or `*`) with condition `Bool` `aws:SecureTransport` = "false".
 * Stack policy: the statement may be in the bucket's inline `policy` (either shape) or in an
 * aws.s3.BucketPolicy linked through its `bucket` (name) or, during preview, its property dependency.
 */
export default awsPolicy({
  name: "aws-s3-require-ssl-requests-only",
  description: "S3 buckets must have a bucket policy that denies requests not sent over TLS (aws:SecureTransport).",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    'Add a statement to the bucket policy: {"Effect": "Deny", "Principal": "*", "Action": "s3:*", "Resource": [<bucket ARN>, <bucket ARN>/*], "Condition": {"Bool": {"aws:SecureTransport": "false"}}}.',
  url: "https://docs.aws.amazon.com/AmazonS3/latest/userguide/security-best-practices.html#transit",
  resourceTypes: [...awsS3.S3_BUCKET_TYPES, ...awsS3.S3_BUCKET_POLICY_TYPES],
  validateStack: ({ index }, report) => {
    const { buckets, unresolved } = awsS3.bucketsWithCompanions(index, awsS3.S3_BUCKET_POLICY_TYPES);
    for (const { bucket, companions } of buckets) {
      const docs = [policyDocumentAt(bucket.props, "policy"), ...companions.map((p) => policyDocumentAt(p.props, "policy"))];
      if (docs.some((d) => deniesInsecureTransport(d, "s3"))) continue;
      if (docs.some((d) => d.state === "unknown" || (d.state === "known" && d.hasUnknown))) {
        report.unknown(msg`Bucket "${bucket.name}": its bucket policy is not known yet, so a deny on aws:SecureTransport=false cannot be checked.`, bucket.urn);
        continue;
      }
      // A bucket policy whose bucket cannot be resolved yet might be this bucket's.
      if (unresolved) continue;
      report(
        msg`Bucket "${bucket.name}" has no bucket policy statement that denies requests with aws:SecureTransport=false (checked the inline policy and linked BucketPolicy resources). Add a Deny statement for s3:* with condition Bool aws:SecureTransport "false".`,
        bucket.urn,
      );
    }
  },
});
