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
 * One table, so a reviewer checks every id in one place. The pack's factory (`awsPolicy`, src/policy.ts) gives each
 * policy its entry; a test fails when a policy name here matches no policy.
 */
import { catalogControlsFor, type ComplianceControl } from "@rampart/policy-core";
import { CIS_AWS_5_0_0 } from "./frameworks/cis-aws-5.0.0";

/**
 * An AWS Security Hub control, linked to its entry on the service's control reference page:
 * `FSBP("S3.2")` → `https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-2`
 * (the page is named after the id's service prefix, the anchor is the lower-cased id with `-`).
 * @throws Error when `id` is not `<Service>.<n>`.
 */
export function FSBP(id: string): ComplianceControl {
  const m = /^([A-Za-z0-9]+)\.(\d+)$/.exec(id);
  if (!m) throw new Error(`"${id}" is not a Security Hub control id like S3.2`);
  const service = m[1].toLowerCase();
  return {
    framework: "aws-fsbp",
    version: "1.0.0",
    id,
    reference: `https://docs.aws.amazon.com/securityhub/latest/userguide/${service}-controls.html#${service}-${m[2]}`,
  };
}
/** A CIS AWS Foundations Benchmark v3.0.0 recommendation. */
export const CIS = (id: string): ComplianceControl => ({ framework: "cis-aws", version: "3.0.0", id });

/** Policy name → controls (FSBP first, then CIS). */
export const CONTROLS: Readonly<Record<string, readonly ComplianceControl[]>> = {
  // S3
  "aws-s3-disallow-public-acl": [FSBP("S3.2"), FSBP("S3.3")],
  "aws-s3-require-public-access-block": [FSBP("S3.8"), CIS("2.1.4")],
  "aws-s3-disallow-public-bucket-policy": [FSBP("S3.2"), FSBP("S3.3")],
  "aws-s3-require-ssl-requests-only": [FSBP("S3.5"), CIS("2.1.1")],
  "aws-s3-require-account-public-access-block": [FSBP("S3.1"), CIS("2.1.4")],
  "aws-s3-public-access-block-all-enabled": [FSBP("S3.8"), CIS("2.1.4")],
  "aws-s3-require-sse-kms": [FSBP("S3.17")],
  "aws-s3-require-versioning": [FSBP("S3.14")],
  "aws-s3-require-access-logging": [FSBP("S3.9")],
  "aws-s3-disable-acls": [FSBP("S3.12")],
  "aws-s3-restrict-cross-account-bucket-policy": [FSBP("S3.6")],
  // END S3
  // EC2, VPC, EBS
  "aws-ec2-disallow-open-ssh": [FSBP("EC2.13"), FSBP("EC2.53"), FSBP("EC2.54"), CIS("5.2"), CIS("5.3")],
  "aws-ec2-disallow-open-rdp": [FSBP("EC2.14"), FSBP("EC2.53"), FSBP("EC2.54"), CIS("5.2"), CIS("5.3")],
  "aws-ec2-disallow-open-admin-ports": [FSBP("EC2.53"), FSBP("EC2.54"), CIS("5.2"), CIS("5.3")],
  "aws-ec2-disallow-open-database-ports": [FSBP("EC2.19")],
  "aws-ec2-disallow-open-all-ports": [FSBP("EC2.19"), FSBP("EC2.18")],
  "aws-ec2-restrict-open-ports-to-authorized": [FSBP("EC2.18")],
  "aws-ec2-require-imdsv2": [FSBP("EC2.8"), CIS("5.6")],
  "aws-ec2-launch-template-require-imdsv2": [FSBP("EC2.170")],
  "aws-ec2-disallow-public-ip": [FSBP("EC2.9")],
  "aws-ec2-launch-template-disallow-public-ip": [FSBP("EC2.25")],
  "aws-vpc-disallow-subnet-public-ip-on-launch": [FSBP("EC2.15")],
  "aws-vpc-default-security-group-closed": [FSBP("EC2.2"), CIS("5.4")],
  "aws-vpc-require-flow-logs": [FSBP("EC2.6"), CIS("3.7")],
  "aws-vpc-nacl-disallow-open-admin-ports": [FSBP("EC2.21"), CIS("5.1")],
  "aws-vpc-disallow-unused-network-acl": [FSBP("EC2.16")],
  "aws-ebs-require-volume-encryption": [FSBP("EC2.3")],
  "aws-ebs-require-encryption-by-default": [FSBP("EC2.7"), CIS("2.2.1")],
  "aws-ebs-require-snapshot-block-public-access": [FSBP("EC2.1")],
  "aws-ec2-require-encrypted-block-devices": [FSBP("EC2.3")],
  "aws-ec2-launch-template-require-encrypted-volumes": [],
  // END EC2
  // ELB, CloudFront
  "aws-elb-listener-require-tls": [FSBP("ELB.18")],
  "aws-elb-listener-redirect-http-to-https": [FSBP("ELB.1")],
  "aws-elb-listener-require-modern-tls-policy": [FSBP("ELB.17")],
  "aws-elb-require-drop-invalid-header-fields": [FSBP("ELB.4")],
  "aws-elb-require-access-logs": [FSBP("ELB.5")],
  "aws-elb-require-deletion-protection": [FSBP("ELB.6")],
  "aws-elb-classic-require-https-listener": [FSBP("ELB.3")],
  "aws-elb-require-desync-mitigation": [FSBP("ELB.12")],
  "aws-elb-classic-require-acm-certificate": [FSBP("ELB.2")],
  "aws-elb-classic-require-connection-draining": [FSBP("ELB.7")],
  "aws-cloudfront-require-https-viewer": [FSBP("CloudFront.3")],
  "aws-cloudfront-require-origin-access-control": [FSBP("CloudFront.13")],
  "aws-cloudfront-require-logging": [FSBP("CloudFront.5")],
  "aws-cloudfront-require-waf": [FSBP("CloudFront.6")],
  "aws-cloudfront-require-https-origin": [FSBP("CloudFront.9")],
  "aws-cloudfront-disallow-deprecated-origin-ssl": [FSBP("CloudFront.10")],
  "aws-cloudfront-require-sni": [FSBP("CloudFront.8")],
  "aws-cloudfront-require-custom-certificate": [FSBP("CloudFront.7")],
  "aws-cloudfront-require-default-root-object": [FSBP("CloudFront.1")],
  // RDS, DynamoDB
  "aws-rds-require-instance-encryption": [FSBP("RDS.3"), CIS("2.3.1")],
  "aws-rds-require-cluster-encryption": [FSBP("RDS.27")],
  "aws-rds-disallow-public-access": [FSBP("RDS.2"), CIS("2.3.3")],
  "aws-rds-require-backup-retention": [FSBP("RDS.11")],
  "aws-rds-require-instance-deletion-protection": [FSBP("RDS.8")],
  "aws-rds-require-cluster-deletion-protection": [FSBP("RDS.7")],
  "aws-rds-require-iam-authentication": [FSBP("RDS.10"), FSBP("RDS.12")],
  "aws-rds-require-auto-minor-version-upgrade": [FSBP("RDS.13"), FSBP("RDS.35"), CIS("2.3.2")],
  "aws-rds-recommend-multi-az": [FSBP("RDS.5")],
  "aws-rds-require-copy-tags-to-snapshot": [FSBP("RDS.17"), FSBP("RDS.16")],
  "aws-rds-require-enhanced-monitoring": [FSBP("RDS.6")],
  "aws-rds-require-cloudwatch-logs-exports": [FSBP("RDS.9")],
  "aws-rds-disallow-public-snapshots": [FSBP("RDS.1")],
  "aws-dynamodb-require-point-in-time-recovery": [FSBP("DynamoDB.2")],
  "aws-dynamodb-require-deletion-protection": [FSBP("DynamoDB.6")],
  "aws-dynamodb-require-dax-encryption": [FSBP("DynamoDB.3")],
  "aws-rds-disallow-default-admin-username": [FSBP("RDS.24"), FSBP("RDS.25")],
  // IAM, KMS, CloudTrail, Config, GuardDuty
  "aws-iam-disallow-full-admin-policy": [FSBP("IAM.1"), CIS("1.16")],
  "aws-iam-disallow-kms-decrypt-all-keys": [FSBP("KMS.1"), FSBP("KMS.2")],
  "aws-iam-disallow-user-policies": [FSBP("IAM.2"), CIS("1.15")],
  "aws-iam-require-password-min-length": [FSBP("IAM.15"), CIS("1.8")],
  "aws-iam-require-password-reuse-prevention": [FSBP("IAM.16"), CIS("1.9")],
  "aws-iam-require-password-complexity": [FSBP("IAM.7"), FSBP("IAM.11"), FSBP("IAM.12"), FSBP("IAM.13"), FSBP("IAM.14")],
  "aws-kms-require-key-rotation": [FSBP("KMS.4"), CIS("3.6")],
  "aws-kms-disallow-public-key-policy": [FSBP("KMS.5")],
  "aws-cloudtrail-require-multi-region": [FSBP("CloudTrail.1"), CIS("3.1")],
  "aws-cloudtrail-require-log-file-validation": [FSBP("CloudTrail.4"), CIS("3.2")],
  "aws-cloudtrail-require-kms-encryption": [FSBP("CloudTrail.2"), CIS("3.5")],
  "aws-cloudtrail-recommend-cloudwatch-logs": [FSBP("CloudTrail.5")],
  "aws-config-require-recorder-all-resources": [FSBP("Config.1"), CIS("3.3")],
  "aws-config-require-recorder-enabled": [FSBP("Config.1"), CIS("3.3")],
  "aws-guardduty-require-detector-enabled": [FSBP("GuardDuty.1")],
  "aws-guardduty-require-protection-plans": [
    FSBP("GuardDuty.5"),
    FSBP("GuardDuty.6"),
    FSBP("GuardDuty.7"),
    FSBP("GuardDuty.8"),
    FSBP("GuardDuty.9"),
    FSBP("GuardDuty.10"),
    FSBP("GuardDuty.11"),
  ],
  // Lambda, API Gateway
  "aws-lambda-disallow-deprecated-runtime": [FSBP("Lambda.2")],
  "aws-lambda-disallow-public-permission": [FSBP("Lambda.1")],
  "aws-apigateway-require-rest-stage-logging": [FSBP("APIGateway.1")],
  "aws-apigateway-require-v2-stage-logging": [FSBP("APIGateway.9")],
  "aws-apigateway-require-route-authorization": [FSBP("APIGateway.8")],
  "aws-apigateway-recommend-xray-tracing": [FSBP("APIGateway.3")],
  "aws-apigateway-require-cache-encryption": [FSBP("APIGateway.5")],
  // SQS, SNS, ECR, EKS, ECS, ElastiCache, OpenSearch, Redshift, Secrets Manager, SSM, EFS, Backup, Kinesis, MSK
  "aws-sqs-require-encryption": [FSBP("SQS.1")],
  "aws-sqs-disallow-public-queue-policy": [FSBP("SQS.3")],
  // SNS.1 (topic KMS encryption) is deliberately not mapped: Security Hub retired it from FSBP in April 2024.
  "aws-sns-disallow-public-topic-policy": [FSBP("SNS.4")],
  "aws-ecr-require-image-scanning": [FSBP("ECR.1")],
  "aws-ecr-require-immutable-tags": [FSBP("ECR.2")],
  "aws-ecr-require-lifecycle-policy": [FSBP("ECR.3")],
  "aws-eks-disallow-public-endpoint": [FSBP("EKS.1")],
  "aws-eks-require-supported-version": [FSBP("EKS.2")],
  "aws-eks-require-secrets-encryption": [FSBP("EKS.3")],
  "aws-eks-require-control-plane-logging": [FSBP("EKS.8")],
  "aws-ecs-disallow-public-ip": [FSBP("ECS.2"), FSBP("ECS.16")],
  "aws-ecs-disallow-host-pid-mode": [FSBP("ECS.3")],
  "aws-ecs-disallow-privileged-containers": [FSBP("ECS.4")],
  "aws-ecs-require-readonly-root-filesystem": [FSBP("ECS.5")],
  "aws-ecs-disallow-secrets-in-environment": [FSBP("ECS.8")],
  "aws-ecs-require-container-logging": [FSBP("ECS.9")],
  // ECS.17 replaces the retired ECS.1 (March 2026); checked on the ecs-controls page.
  "aws-ecs-disallow-host-network-mode": [FSBP("ECS.17")],
  "aws-elasticache-require-automatic-backups": [FSBP("ElastiCache.1")],
  "aws-elasticache-require-auto-minor-version-upgrade": [FSBP("ElastiCache.2")],
  "aws-elasticache-require-automatic-failover": [FSBP("ElastiCache.3")],
  "aws-elasticache-require-encryption-at-rest": [FSBP("ElastiCache.4")],
  "aws-elasticache-require-encryption-in-transit": [FSBP("ElastiCache.5")],
  "aws-elasticache-require-auth": [FSBP("ElastiCache.6")],
  // Opensearch.x for aws:opensearch domains, ES.x for legacy aws:elasticsearch domains.
  "aws-opensearch-require-encryption-at-rest": [FSBP("Opensearch.1"), FSBP("ES.1")],
  "aws-opensearch-require-vpc": [FSBP("Opensearch.2"), FSBP("ES.2")],
  "aws-opensearch-require-node-to-node-encryption": [FSBP("Opensearch.3"), FSBP("ES.3")],
  "aws-opensearch-require-audit-logging": [FSBP("Opensearch.5"), FSBP("ES.5")],
  "aws-opensearch-require-fine-grained-access-control": [FSBP("Opensearch.7")],
  "aws-opensearch-require-https-tls": [FSBP("Opensearch.8"), FSBP("ES.8")],
  "aws-redshift-disallow-public-access": [FSBP("Redshift.1")],
  "aws-redshift-require-ssl": [FSBP("Redshift.2")],
  "aws-redshift-require-automatic-snapshots": [FSBP("Redshift.3")],
  "aws-redshift-require-audit-logging": [FSBP("Redshift.4")],
  "aws-redshift-require-enhanced-vpc-routing": [FSBP("Redshift.7")],
  "aws-redshift-disallow-default-admin-username": [FSBP("Redshift.8")],
  "aws-redshift-require-encryption": [FSBP("Redshift.10")],
  "aws-secretsmanager-require-rotation": [FSBP("SecretsManager.1")],
  "aws-ssm-disallow-public-documents": [FSBP("SSM.4")],
  "aws-efs-require-encryption": [FSBP("EFS.1"), FSBP("EFS.8"), CIS("2.4.1")],
  "aws-efs-require-access-point-root-directory": [FSBP("EFS.3")],
  "aws-efs-require-access-point-posix-user": [FSBP("EFS.4")],
  "aws-efs-require-backup-policy": [FSBP("EFS.7")],
  "aws-kinesis-require-stream-encryption": [FSBP("Kinesis.1")],
  "aws-kinesis-require-firehose-encryption": [FSBP("DataFirehose.1")],
  "aws-msk-require-encryption-in-transit": [FSBP("MSK.1")],
  "aws-msk-disallow-public-access": [FSBP("MSK.4")],
  "aws-msk-disallow-unauthenticated-access": [FSBP("MSK.6")],
};

/**
 * The controls of a policy (empty when none applies): this table's, then the CIS AWS v5.0.0
 * recommendations its catalog (./frameworks/cis-aws-5.0.0.ts) maps to the policy.
 */
export function controlsFor(policyName: string): readonly ComplianceControl[] {
  return [...(CONTROLS[policyName] ?? []), ...catalogControlsFor(CIS_AWS_5_0_0, policyName)];
}
