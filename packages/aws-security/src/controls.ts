/**
 * The reviewed compliance mapping of the aws-security pack: policy name → controls.
 *
 * - `aws-fsbp`: AWS Security Hub control ids (the id space of AWS Foundational Security Best
 *   Practices v1.0.0; a few controls, e.g. S3.14, EC2.53/54 and KMS.4, belong to Security Hub's
 *   CIS/NIST standards rather than FSBP itself). Each id and title was checked against the
 *   Security Hub user guide's control reference pages
 *   (https://docs.aws.amazon.com/securityhub/latest/userguide/<service>-controls.html).
 * - `cis-aws`: CIS AWS Foundations Benchmark v3.0.0 recommendations, as listed under "Related
 *   requirements" on those same Security Hub pages.
 *
 * One table, so a reviewer checks every id in one place. Policies read their controls from here
 * with `controlsFor(name)`; a test fails when a policy name here matches no policy.
 */
import type { ComplianceControl } from "@rampart/policy-core";

const FSBP = (id: string, anchor: string, service: string): ComplianceControl => ({
  framework: "aws-fsbp",
  version: "1.0.0",
  id,
  reference: `https://docs.aws.amazon.com/securityhub/latest/userguide/${service}-controls.html#${anchor}`,
});
const CIS = (id: string): ComplianceControl => ({ framework: "cis-aws", version: "3.0.0", id });

/** Policy name → controls (FSBP first, then CIS). */
export const CONTROLS: Readonly<Record<string, readonly ComplianceControl[]>> = {
  // S3
  "aws-s3-disallow-public-acl": [FSBP("S3.2", "s3-2", "s3"), FSBP("S3.3", "s3-3", "s3")],
  "aws-s3-require-public-access-block": [FSBP("S3.8", "s3-8", "s3"), CIS("2.1.4")],
  // END S3
  // EC2, VPC, EBS
  "aws-ec2-disallow-open-ssh": [FSBP("EC2.13", "ec2-13", "ec2"), FSBP("EC2.53", "ec2-53", "ec2"), FSBP("EC2.54", "ec2-54", "ec2"), CIS("5.2"), CIS("5.3")],
  // END EC2
  // ELB, CloudFront
  // END EDGE
  // RDS, DynamoDB
  // END DATABASE
  // IAM, KMS, CloudTrail, Config, GuardDuty
  // END IDENTITY
  // Lambda, API Gateway
  // END SERVERLESS
  // SQS, SNS, ECR, EKS, ECS, ElastiCache, OpenSearch, Redshift, Secrets Manager, SSM, EFS, Backup, Kinesis, MSK
  // END PLATFORM
};

/** The controls of a policy (empty when none applies). */
export function controlsFor(policyName: string): readonly ComplianceControl[] {
  return CONTROLS[policyName] ?? [];
}
