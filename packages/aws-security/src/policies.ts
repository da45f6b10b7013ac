/**
 * Every policy of the aws-security pack, in one list. Add a policy: create
 * `policies/<service>-<rule>.ts` with its fixtures beside it, then import it here.
 */
import ec2DisallowOpenSsh from "./policies/ec2-disallow-open-ssh";
import s3DisallowPublicAcl from "./policies/s3-disallow-public-acl";
import s3RequirePublicAccessBlock from "./policies/s3-require-public-access-block";

export const policies = [s3DisallowPublicAcl, s3RequirePublicAccessBlock, ec2DisallowOpenSsh] as const;

/** The Pulumi policy pack name (`pulumi preview --policy-pack`, Pulumi Cloud). */
export const PACK_NAME = "aws-security";
/** Description reported to the Pulumi CLI and Cloud. */
export const PACK_DESCRIPTION =
  "AWS security best practices for Pulumi programs, mapped to AWS Foundational Security Best Practices and the CIS AWS Foundations Benchmark v3.0.0.";
