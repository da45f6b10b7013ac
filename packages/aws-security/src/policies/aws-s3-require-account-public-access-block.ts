import { awsS3 } from "@rampart/policy-core";
import { requireAllBlocked } from "../lib/public-access-block";
import { awsPolicy } from "../policy";

/**
 * The account-level S3 Block Public Access (aws.s3.AccountPublicAccessBlock) must turn on all four
 * settings. Each setting defaults to false when omitted (provider docs).
 */
export default awsPolicy({
  name: "aws-s3-require-account-public-access-block",
  description: "The account-level S3 Block Public Access must enable all four settings.",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps: "Set blockPublicAcls, blockPublicPolicy, ignorePublicAcls and restrictPublicBuckets to true on the aws.s3.AccountPublicAccessBlock.",
  url: "https://docs.aws.amazon.com/AmazonS3/latest/userguide/configuring-block-public-access-account.html",
  resourceTypes: [awsS3.S3_ACCOUNT_PUBLIC_ACCESS_BLOCK_TYPE],
  validateResource: requireAllBlocked(" on the account-level public access block"),
});
