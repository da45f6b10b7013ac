/**
 * Every policy of the aws-security pack, as a list of imports. Add a policy: create
 * `policies/<policy-name>.ts` with `policies/<policy-name>.fixtures.ts` beside it, import it here
 * and add it to its service's group.
 */
// S3
import awsS3DisallowPublicAcl from "./policies/aws-s3-disallow-public-acl";
import awsS3RequirePublicAccessBlock from "./policies/aws-s3-require-public-access-block";
// END S3 IMPORTS
// EC2, VPC, EBS
import awsEc2DisallowOpenSsh from "./policies/aws-ec2-disallow-open-ssh";
// END EC2 IMPORTS
// ELB, CloudFront
// END EDGE IMPORTS
// RDS, DynamoDB
// END DATABASE IMPORTS
// IAM, KMS, CloudTrail, Config, GuardDuty
// END IDENTITY IMPORTS
// Lambda, API Gateway
// END SERVERLESS IMPORTS
// SQS, SNS, ECR, EKS, ECS, ElastiCache, OpenSearch, Redshift, Secrets Manager, SSM, EFS, Backup, Kinesis, MSK
// END PLATFORM IMPORTS

const s3 = [
  awsS3DisallowPublicAcl,
  awsS3RequirePublicAccessBlock,
  // END S3
] as const;
const ec2 = [
  awsEc2DisallowOpenSsh,
  // END EC2
] as const;
const edge = [
  // END EDGE
] as const;
const database = [
  // END DATABASE
] as const;
const identity = [
  // END IDENTITY
] as const;
const serverless = [
  // END SERVERLESS
] as const;
const platform = [
  // END PLATFORM
] as const;

/** Every policy of the pack. */
export const policies = [...s3, ...ec2, ...edge, ...database, ...identity, ...serverless, ...platform] as const;

/** The Pulumi policy pack name (`pulumi preview --policy-pack`, Pulumi Cloud). */
export const PACK_NAME = "aws-security";
/** Description reported to the Pulumi CLI and Cloud. */
export const PACK_DESCRIPTION =
  "AWS security best practices for Pulumi programs, mapped to AWS Foundational Security Best Practices and the CIS AWS Foundations Benchmark v3.0.0.";
