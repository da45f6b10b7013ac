import { awsS3 } from "@rampart/policy-core";
import { requireAllBlocked } from "../lib/public-access-block";
import { awsPolicy } from "../policy";

/**
 * Each aws.s3.BucketPublicAccessBlock must turn on all four settings (each defaults to false).
 * Complements aws-s3-require-public-access-block, which checks that every bucket of the stack has
 * one: this policy also covers blocks for buckets managed elsewhere.
 */
export default awsPolicy({
  name: "aws-s3-public-access-block-all-enabled",
  description: "S3 bucket public access blocks must enable all four settings.",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps: "Set blockPublicAcls, blockPublicPolicy, ignorePublicAcls and restrictPublicBuckets to true on the aws.s3.BucketPublicAccessBlock.",
  url: "https://docs.aws.amazon.com/AmazonS3/latest/userguide/configuring-block-public-access-bucket.html",
  resourceTypes: awsS3.S3_PUBLIC_ACCESS_BLOCK_TYPES,
  validateResource: requireAllBlocked(""),
});
