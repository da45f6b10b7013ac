import { awsS3, peek, requireKnown, msg } from "@rampart/policy-core";
import { awsPolicy } from "../policy";

const SETTINGS = ["blockPublicAcls", "blockPublicPolicy", "ignorePublicAcls", "restrictPublicBuckets"] as const;

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
  validateResource: ({ props }, report) => {
    const off: string[] = [];
    let unknown = false;
    for (const s of SETTINGS) {
      const v = peek(props, s);
      if (v.state === "unknown") unknown = true;
      else if (v.state === "absent" || v.value !== true) off.push(s);
    }
    if (off.length)
      report(msg`${off.join(", ")} ${off.length > 1 ? "are" : "is"} unset or false on the account-level public access block. Set all four settings to true.`);
    else if (unknown) requireKnown(props);
  },
});
