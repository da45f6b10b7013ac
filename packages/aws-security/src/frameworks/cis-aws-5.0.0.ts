/**
 * CIS AWS Foundations Benchmark v5.0.0 for aws-security: every recommendation (id, title, section,
 * profile, assessment status), which aws-security policies implement it, and for those no policy can
 * implement from infrastructure code, why not. Source: see `source` below; no id here is guessed.
 *
 * A control without `policies` and without `notCheckable` could be checked from code but no
 * aws-security policy implements it yet. The `policies` here are merged into each policy's controls at
 * one point (`controlsFor` in ../controls.ts), so the policy files stay as they are.
 */
import type { FrameworkCatalog } from "@rampart/policy-core";
import { CIS_AWS_NOT_CHECKABLE as WHY, cisControls, type CisRow } from "../lib/catalog";

/** Every recommendation, in order: [id, profile level, assessment status, title]. */
const ROWS: readonly CisRow[] = [
  ["1.1", 1, "manual", "Maintain current contact details"],
  ["1.2", 1, "manual", "Ensure security contact information is registered"],
  ["1.3", 1, "automated", "Ensure no 'root' user account access key exists"],
  ["1.4", 1, "automated", "Ensure MFA is enabled for the 'root' user account"],
  ["1.5", 2, "manual", "Ensure hardware MFA is enabled for the 'root' user account"],
  ["1.6", 1, "manual", "Eliminate use of the 'root' user for administrative and daily tasks"],
  ["1.7", 1, "automated", "Ensure IAM password policy requires minimum length of 14 or greater"],
  ["1.8", 1, "automated", "Ensure IAM password policy prevents password reuse"],
  ["1.9", 1, "automated", "Ensure multi-factor authentication (MFA) is enabled for all IAM users that have a console password"],
  ["1.10", 1, "manual", "Do not create access keys during initial setup for IAM users with a console password"],
  ["1.11", 1, "automated", "Ensure credentials unused for 45 days or more are disabled"],
  ["1.12", 1, "automated", "Ensure there is only one active access key for any single IAM user"],
  ["1.13", 1, "automated", "Ensure access keys are rotated every 90 days or less"],
  ["1.14", 1, "automated", "Ensure IAM users receive permissions only through groups"],
  ["1.15", 1, "automated", "Ensure IAM policies that allow full *:* administrative privileges are not attached"],
  ["1.16", 1, "automated", "Ensure a support role has been created to manage incidents with AWS Support"],
  ["1.17", 2, "automated", "Ensure IAM instance roles are used for AWS resource access from instances"],
  ["1.18", 1, "automated", "Ensure that all expired SSL/TLS certificates stored in AWS IAM are removed"],
  ["1.19", 1, "automated", "Ensure that IAM External Access Analyzer is enabled for all regions"],
  ["1.20", 2, "manual", "Ensure IAM users are managed centrally via identity federation or AWS Organizations for multi-account environments"],
  ["1.21", 1, "manual", "Ensure access to AWSCloudShellFullAccess is restricted"],
  ["2.1.1", 2, "automated", "Ensure S3 Bucket Policy is set to deny HTTP requests"],
  ["2.1.2", 2, "manual", "Ensure MFA Delete is enabled on S3 buckets"],
  ["2.1.3", 2, "manual", "Ensure all data in Amazon S3 has been discovered, classified, and secured when necessary"],
  ["2.1.4", 1, "automated", "Ensure that S3 is configured with 'Block Public Access' enabled"],
  ["2.2.1", 1, "automated", "Ensure that encryption-at-rest is enabled for RDS instances"],
  ["2.2.2", 1, "automated", "Ensure the Auto Minor Version Upgrade feature is enabled for RDS instances"],
  ["2.2.3", 1, "automated", "Ensure that RDS instances are not publicly accessible"],
  ["2.2.4", 1, "manual", "Ensure Multi-AZ deployments are used for enhanced availability in Amazon RDS"],
  ["2.3.1", 1, "automated", "Ensure that encryption is enabled for EFS file systems"],
  ["3.1", 1, "manual", "Ensure CloudTrail is enabled in all regions"],
  ["3.2", 2, "automated", "Ensure CloudTrail log file validation is enabled"],
  ["3.3", 2, "automated", "Ensure AWS Config is enabled in all regions"],
  ["3.4", 1, "manual", "Ensure that server access logging is enabled on the CloudTrail S3 bucket"],
  ["3.5", 2, "automated", "Ensure CloudTrail logs are encrypted at rest using KMS CMKs"],
  ["3.6", 2, "automated", "Ensure rotation for customer-created symmetric CMKs is enabled"],
  ["3.7", 2, "automated", "Ensure VPC flow logging is enabled in all VPCs"],
  ["3.8", 2, "automated", "Ensure that object-level logging for write events is enabled for S3 buckets"],
  ["3.9", 2, "automated", "Ensure that object-level logging for read events is enabled for S3 buckets"],
  ["4.1", 2, "manual", "Ensure unauthorized API calls are monitored"],
  ["4.2", 1, "manual", "Ensure management console sign-in without MFA is monitored"],
  ["4.3", 1, "manual", "Ensure usage of the 'root' account is monitored"],
  ["4.4", 1, "manual", "Ensure IAM policy changes are monitored"],
  ["4.5", 1, "manual", "Ensure CloudTrail configuration changes are monitored"],
  ["4.6", 2, "manual", "Ensure AWS Management Console authentication failures are monitored"],
  ["4.7", 2, "manual", "Ensure disabling or scheduled deletion of customer created CMKs is monitored"],
  ["4.8", 1, "manual", "Ensure S3 bucket policy changes are monitored"],
  ["4.9", 2, "manual", "Ensure AWS Config configuration changes are monitored"],
  ["4.10", 2, "manual", "Ensure security group changes are monitored"],
  ["4.11", 2, "manual", "Ensure Network Access Control List (NACL) changes are monitored"],
  ["4.12", 1, "manual", "Ensure changes to network gateways are monitored"],
  ["4.13", 1, "manual", "Ensure route table changes are monitored"],
  ["4.14", 1, "manual", "Ensure VPC changes are monitored"],
  ["4.15", 1, "manual", "Ensure AWS Organizations changes are monitored"],
  ["4.16", 2, "automated", "Ensure AWS Security Hub is enabled"],
  ["5.1.1", 1, "automated", "Ensure EBS volume encryption is enabled in all regions"],
  ["5.1.2", 1, "automated", "Ensure CIFS access is restricted to trusted networks to prevent unauthorized access"],
  ["5.2", 1, "automated", "Ensure no Network ACLs allow ingress from 0.0.0.0/0 to remote server administration ports"],
  ["5.3", 1, "automated", "Ensure no security groups allow ingress from 0.0.0.0/0 to remote server administration ports"],
  ["5.4", 1, "automated", "Ensure no security groups allow ingress from ::/0 to remote server administration ports"],
  ["5.5", 2, "automated", "Ensure the default security group of every VPC restricts all traffic"],
  ["5.6", 2, "manual", "Ensure routing tables for VPC peering are least access"],
  ["5.7", 1, "automated", "Ensure that the EC2 Metadata Service only allows IMDSv2"],
];

/** Why the recommendations no policy can check from infrastructure code cannot be checked. */
const NOT_CHECKABLE: Record<string, string> = {
  "1.1": WHY.contactDetails,
  "1.3": WHY.rootUser,
  "1.4": WHY.rootUser,
  "1.5": WHY.rootUser,
  "1.6": WHY.rootUsage,
  "1.9": WHY.userMfa,
  "1.11": WHY.credentialUsage,
  "1.13": WHY.credentialUsage,
  "1.18": WHY.certificateExpiry,
  "1.20": WHY.identityManagement,
  "2.1.3": WHY.dataDiscovery,
  "5.6": WHY.peeringRoutes,
};

/** The aws-security policies that implement each recommendation. */
const POLICIES: Record<string, readonly string[]> = {
  "1.7": ["aws-iam-require-password-min-length"],
  "1.8": ["aws-iam-require-password-reuse-prevention"],
  "1.14": ["aws-iam-disallow-user-policies"],
  "1.15": ["aws-iam-disallow-full-admin-policy"],
  "2.1.1": ["aws-s3-require-ssl-requests-only"],
  "2.1.4": ["aws-s3-require-public-access-block", "aws-s3-require-account-public-access-block", "aws-s3-public-access-block-all-enabled"],
  "2.2.1": ["aws-rds-require-instance-encryption"],
  "2.2.2": ["aws-rds-require-auto-minor-version-upgrade"],
  "2.2.3": ["aws-rds-disallow-public-access"],
  "2.2.4": ["aws-rds-recommend-multi-az"],
  "2.3.1": ["aws-efs-require-encryption"],
  "3.1": ["aws-cloudtrail-require-multi-region"],
  "3.2": ["aws-cloudtrail-require-log-file-validation"],
  "3.3": ["aws-config-require-recorder-all-resources", "aws-config-require-recorder-enabled"],
  "3.5": ["aws-cloudtrail-require-kms-encryption"],
  "3.6": ["aws-kms-require-key-rotation"],
  "3.7": ["aws-vpc-require-flow-logs"],
  "5.1.1": ["aws-ebs-require-encryption-by-default"],
  "5.2": ["aws-vpc-nacl-disallow-open-admin-ports"],
  "5.3": ["aws-ec2-disallow-open-ssh", "aws-ec2-disallow-open-rdp", "aws-ec2-disallow-open-admin-ports"],
  "5.4": ["aws-ec2-disallow-open-ssh", "aws-ec2-disallow-open-rdp", "aws-ec2-disallow-open-admin-ports"],
  "5.5": ["aws-vpc-default-security-group-closed"],
  "5.7": ["aws-ec2-require-imdsv2"],
};

/** CIS AWS Foundations Benchmark v5.0.0: every control, in order. */
export const CIS_AWS_5_0_0: FrameworkCatalog = {
  id: "cis-aws-5.0.0",
  framework: "cis-aws",
  version: "5.0.0",
  title: "CIS AWS Foundations Benchmark v5.0.0",
  source:
    "CIS Amazon Web Services Foundations Benchmark v5.0.0; ids, titles, sections, profiles and assessment status as listed in prowler's compliance mapping https://github.com/prowler-cloud/prowler/blob/3e000faa3109230b748e4418a13c11c9e59f5cfb/prowler/compliance/aws/cis_5.0_aws.json (whose second \"1.1\" is 1.10), cross-checked with AWS Security Hub CSPM's CIS v5.0.0 standard (https://docs.aws.amazon.com/securityhub/latest/userguide/cis-aws-foundations-benchmark.html)",
  controls: cisControls(ROWS, { notCheckable: NOT_CHECKABLE, policies: POLICIES }),
};
