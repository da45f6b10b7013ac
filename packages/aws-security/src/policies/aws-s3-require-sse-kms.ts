import { awsS3, peek, msg } from "@rampart/policy-core";
import { awsPolicy } from "../policy";

/**
 * S3 buckets should encrypt objects by default with AWS KMS keys (SSE-KMS or DSSE-KMS). Stack
 * policy over the inline `serverSideEncryptionConfiguration` (v7 Bucket) /
 * `serverSideEncryptionConfigurations[]` (BucketV2) and aws.s3.BucketServerSideEncryptionConfiguration(V2)
 * companions. Advisory by default: since January 2023 S3 encrypts every new object with SSE-S3
 * (AES256) anyway; KMS adds key policies, CloudTrail key-usage records and key revocation.
 */
export default awsPolicy({
  name: "aws-s3-require-sse-kms",
  description: "S3 buckets should use default encryption with AWS KMS keys (SSE-KMS).",
  severity: "low",
  enforcementLevel: "advisory",
  remediationSteps:
    'Add an aws.s3.BucketServerSideEncryptionConfiguration for the bucket with rules[0].applyServerSideEncryptionByDefault.sseAlgorithm "aws:kms" and a customer managed kmsMasterKeyId, and set bucketKeyEnabled to true to reduce KMS request costs.',
  url: "https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingKMSEncryption.html",
  resourceTypes: [...awsS3.S3_BUCKET_TYPES, ...awsS3.S3_SSE_TYPES],
  config: {
    allowedAlgorithms: {
      type: "array",
      items: { type: "string" },
      description: 'Default SSE algorithms that pass ("aws:kms", "aws:kms:dsse"; add "AES256" to accept SSE-S3).',
      default: ["aws:kms", "aws:kms:dsse"],
    },
  },
  validateStack: ({ index, config }, report) => {
    const allowed: readonly string[] = config.allowedAlgorithms;
    const { buckets, unresolved } = awsS3.bucketsWithCompanions(index, awsS3.S3_SSE_TYPES);
    for (const { bucket, companions } of buckets) {
      const inline = awsS3.inlineSseDefaults(bucket.type, bucket.props);
      const algorithms: unknown[] = [];
      let unknown = inline.unknown;
      for (const d of inline.known) {
        const a = peek(d, "sseAlgorithm");
        if (a.state === "known") algorithms.push(a.value);
        else if (a.state === "unknown") unknown = true;
      }
      for (const c of companions) {
        const a = awsS3.companionSseAlgorithms(c.props);
        algorithms.push(...a.known);
        unknown ||= a.unknown;
      }
      if (algorithms.some((a) => typeof a === "string" && allowed.includes(a))) continue;
      if (unknown) {
        report.unknown(msg`Bucket "${bucket.name}": its default encryption algorithm is not known yet.`, bucket.urn);
        continue;
      }
      if (unresolved) continue;
      const used = algorithms.filter((a): a is string => typeof a === "string");
      const what = used.length
        ? msg`uses default encryption ${used.map((a) => `"${a}"`).join(", ")}`
        : 'has no default encryption configuration (S3 applies SSE-S3 "AES256")';
      report(msg`Bucket "${bucket.name}" ${what}. Set sseAlgorithm to one of ${allowed.join(", ")} with a KMS key.`, bucket.urn);
    }
  },
});
