import { awsS3, msg } from "@rampart/policy-core";
import { blockState } from "../lib/public-access-block";
import { awsPolicy } from "../policy";

/**
 * Every S3 bucket must have a BucketPublicAccessBlock with all four settings on; a block that turns
 * one off is a violation, a missing block an advisory (S3 blocks public access on new buckets by
 * default since April 2023: S3 User Guide, "Blocking public access to your Amazon S3 storage"). Stack policy:
 * buckets and blocks are linked through the block's `bucket` (name or id) or, during preview, its
 * property dependency on the bucket. An account-level block with all four settings on counts too.
 */
export default awsPolicy({
  name: "aws-s3-require-public-access-block",
  description: "S3 buckets must have a public access block with all four settings enabled.",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps:
    "Add an aws.s3.BucketPublicAccessBlock for the bucket with blockPublicAcls, blockPublicPolicy, ignorePublicAcls and restrictPublicBuckets all set to true (or an account-wide aws.s3.AccountPublicAccessBlock with all four).",
  url: "https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html",
  resourceTypes: awsS3.S3_BUCKET_TYPES,
  validateStack: ({ index }, report) => {
    let accountUnknown = false;
    for (const account of index.ofType(awsS3.S3_ACCOUNT_PUBLIC_ACCESS_BLOCK_TYPE)) {
      const state = blockState(account.props).state;
      if (state === "yes") return;
      if (state === "unknown") accountUnknown = true;
    }
    // An account-level block whose settings are unknown may still cover every bucket.
    const fail = (message: string, urn: string) =>
      accountUnknown ? report.unknown(`${message} (the account-level block's settings are not known yet)`, urn) : report(message, urn);
    const { buckets, unresolved } = awsS3.bucketsWithCompanions(index, awsS3.S3_PUBLIC_ACCESS_BLOCK_TYPES);
    for (const { bucket, companions: blocks } of buckets) {
      if (!blocks.length) {
        // A block whose bucket cannot be resolved might be this bucket's: do not call it missing.
        if (unresolved) continue;
        // Since April 2023 S3 turns all four settings on for every new bucket, so a bucket without
        // a block resource is not public: advise declaring it so it cannot be switched off.
        report.advisory(
          msg`Bucket "${bucket.name}" has no BucketPublicAccessBlock. S3 blocks public access on new buckets by default; declare a block with all four settings set to true so the program keeps it that way.`,
          bucket.urn,
        );
        continue;
      }
      const states = blocks.map((b) => blockState(b.props));
      if (states.some((s) => s.state === "yes")) continue;
      if (states.some((s) => s.state === "unknown")) {
        report.unknown(msg`Bucket "${bucket.name}": the settings of its BucketPublicAccessBlock are not known yet.`, bucket.urn);
        continue;
      }
      const off = [...new Set(states.flatMap((s) => s.off))];
      fail(
        msg`Bucket "${bucket.name}": BucketPublicAccessBlock "${blocks[0].name}" leaves ${off.join(", ")} unset or false. Set all four to true.`,
        bucket.urn,
      );
    }
  },
});
