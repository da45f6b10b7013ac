/**
 * CIS AWS Foundations Benchmark v3.0.0: every recommendation, and why those that cannot be checked
 * from infrastructure code cannot. Which policies implement each is in ../controls.ts (`CIS(...)`).
 * Source: see `source` below.
 */
import type { FrameworkCatalog } from "@rampart/policy-core";
import { CIS_AWS_NOT_CHECKABLE as WHY, cisControls, type CisRow } from "../lib/catalog";

/** Every recommendation, in order: [id, profile level, assessment status, title]. */
const ROWS: readonly CisRow[] = [
  ["1.1", 1, "manual", "Maintain current contact details"],
  ["1.2", 1, "manual", "Ensure security contact information is registered"],
  ["1.3", 1, "manual", "Ensure security questions are registered in the AWS account"],
  ["1.4", 1, "automated", "Ensure no 'root' user account access key exists"],
  ["1.5", 1, "automated", "Ensure MFA is enabled for the 'root' user account"],
  ["1.6", 2, "automated", "Ensure hardware MFA is enabled for the 'root' user account"],
  ["1.7", 1, "automated", "Eliminate use of the 'root' user for administrative and daily tasks"],
  ["1.8", 1, "automated", "Ensure IAM password policy requires minimum length of 14 or greater"],
  ["1.9", 1, "automated", "Ensure IAM password policy prevents password reuse"],
  ["1.10", 1, "automated", "Ensure multi-factor authentication (MFA) is enabled for all IAM users that have a console password"],
  ["1.11", 1, "automated", "Do not setup access keys during initial user setup for all IAM users that have a console password"],
  ["1.12", 1, "automated", "Ensure credentials unused for 45 days or greater are disabled"],
  ["1.13", 1, "automated", "Ensure there is only one active access key available for any single IAM user"],
  ["1.14", 1, "automated", "Ensure access keys are rotated every 90 days or less"],
  ["1.15", 1, "automated", "Ensure IAM Users Receive Permissions Only Through Groups"],
  ["1.16", 1, "automated", 'Ensure IAM policies that allow full "*:*" administrative privileges are not attached'],
  ["1.17", 1, "automated", "Ensure a support role has been created to manage incidents with AWS Support"],
  ["1.18", 2, "manual", "Ensure IAM instance roles are used for AWS resource access from instances"],
  ["1.19", 1, "automated", "Ensure that all the expired SSL/TLS certificates stored in AWS IAM are removed"],
  ["1.20", 1, "automated", "Ensure that IAM Access analyzer is enabled for all regions"],
  ["1.21", 2, "manual", "Ensure IAM users are managed centrally via identity federation or AWS Organizations for multi-account environments"],
  ["1.22", 1, "manual", "Ensure access to AWSCloudShellFullAccess is restricted"],
  ["2.1.1", 2, "automated", "Ensure S3 Bucket Policy is set to deny HTTP requests"],
  ["2.1.2", 1, "automated", "Ensure MFA Delete is enabled on S3 buckets"],
  ["2.1.3", 2, "manual", "Ensure all data in Amazon S3 has been discovered, classified and secured when required."],
  ["2.1.4", 1, "automated", "Ensure that S3 Buckets are configured with 'Block public access (bucket settings)'"],
  ["2.2.1", 1, "automated", "Ensure EBS Volume Encryption is Enabled in all Regions"],
  ["2.3.1", 1, "automated", "Ensure that encryption is enabled for RDS Instances"],
  ["2.3.2", 1, "automated", "Ensure Auto Minor Version Upgrade feature is Enabled for RDS Instances"],
  ["2.3.3", 1, "automated", "Ensure that public access is not given to RDS Instance"],
  ["2.4.1", 1, "automated", "Ensure that encryption is enabled for EFS file systems"],
  ["3.1", 1, "automated", "Ensure CloudTrail is enabled in all regions"],
  ["3.2", 2, "automated", "Ensure CloudTrail log file validation is enabled"],
  ["3.3", 2, "automated", "Ensure AWS Config is enabled in all regions"],
  ["3.4", 1, "automated", "Ensure S3 bucket access logging is enabled on the CloudTrail S3 bucket"],
  ["3.5", 2, "automated", "Ensure CloudTrail logs are encrypted at rest using KMS CMKs"],
  ["3.6", 2, "automated", "Ensure rotation for customer created symmetric CMKs is enabled"],
  ["3.7", 2, "automated", "Ensure VPC flow logging is enabled in all VPCs"],
  ["3.8", 2, "automated", "Ensure that Object-level logging for write events is enabled for S3 bucket"],
  ["3.9", 2, "automated", "Ensure that Object-level logging for read events is enabled for S3 bucket"],
  ["4.1", 1, "automated", "Ensure a log metric filter and alarm exist for unauthorized API calls"],
  ["4.2", 1, "automated", "Ensure a log metric filter and alarm exist for Management Console sign-in without MFA"],
  ["4.3", 1, "automated", "Ensure a log metric filter and alarm exist for usage of 'root' account"],
  ["4.4", 1, "automated", "Ensure a log metric filter and alarm exist for IAM policy changes"],
  ["4.5", 1, "automated", "Ensure a log metric filter and alarm exist for CloudTrail configuration changes"],
  ["4.6", 2, "automated", "Ensure a log metric filter and alarm exist for AWS Management Console authentication failures"],
  ["4.7", 2, "automated", "Ensure a log metric filter and alarm exist for disabling or scheduled deletion of customer created CMKs"],
  ["4.8", 1, "automated", "Ensure a log metric filter and alarm exist for S3 bucket policy changes"],
  ["4.9", 2, "automated", "Ensure a log metric filter and alarm exist for AWS Config configuration changes"],
  ["4.10", 2, "automated", "Ensure a log metric filter and alarm exist for security group changes"],
  ["4.11", 2, "automated", "Ensure a log metric filter and alarm exist for changes to Network Access Control Lists (NACL)"],
  ["4.12", 1, "automated", "Ensure a log metric filter and alarm exist for changes to network gateways"],
  ["4.13", 1, "automated", "Ensure route table changes are monitored"],
  ["4.14", 1, "automated", "Ensure a log metric filter and alarm exist for VPC changes"],
  ["4.15", 1, "automated", "Ensure a log metric filter and alarm exists for AWS Organizations changes"],
  ["4.16", 2, "automated", "Ensure AWS Security Hub is enabled"],
  ["5.1", 1, "automated", "Ensure no Network ACLs allow ingress from 0.0.0.0/0 to remote server administration ports"],
  ["5.2", 1, "automated", "Ensure no security groups allow ingress from 0.0.0.0/0 to remote server administration ports"],
  ["5.3", 1, "automated", "Ensure no security groups allow ingress from ::/0 to remote server administration ports"],
  ["5.4", 2, "automated", "Ensure the default security group of every VPC restricts all traffic"],
  ["5.5", 2, "manual", 'Ensure routing tables for VPC peering are "least access"'],
  ["5.6", 1, "automated", "Ensure that EC2 Metadata Service only allows IMDSv2"],
];

/** Why the recommendations no policy can check from infrastructure code cannot be checked. */
const NOT_CHECKABLE: Record<string, string> = {
  "1.1": WHY.contactDetails,
  "1.3": WHY.securityQuestions,
  "1.4": WHY.rootUser,
  "1.5": WHY.rootUser,
  "1.6": WHY.rootUser,
  "1.7": WHY.rootUsage,
  "1.10": WHY.userMfa,
  "1.12": WHY.credentialUsage,
  "1.14": WHY.credentialUsage,
  "1.19": WHY.certificateExpiry,
  "1.21": WHY.identityManagement,
  "2.1.3": WHY.dataDiscovery,
  "5.5": WHY.peeringRoutes,
};

/** CIS AWS Foundations Benchmark v3.0.0: every control, in order. */
export const CIS_AWS_3_0_0: FrameworkCatalog = {
  id: "cis-aws-3.0.0",
  framework: "cis-aws",
  version: "3.0.0",
  title: "CIS AWS Foundations Benchmark v3.0.0",
  source:
    "CIS Amazon Web Services Foundations Benchmark v3.0.0; ids, titles, sections, profiles and assessment status as listed in prowler's compliance mapping https://github.com/prowler-cloud/prowler/blob/3e000faa3109230b748e4418a13c11c9e59f5cfb/prowler/compliance/aws/cis_3.0_aws.json, cross-checked with AWS Security Hub CSPM's CIS v3.0.0 standard (https://docs.aws.amazon.com/securityhub/latest/userguide/cis-aws-foundations-benchmark.html)",
  controls: cisControls(ROWS, { notCheckable: NOT_CHECKABLE }),
};
