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
import { catalogControlsFor, type ComplianceControl } from "@rampart/policy-core";
import { CIS_AWS_5_0_0 } from "./frameworks/cis-aws-5.0.0";

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
  "aws-s3-disallow-public-bucket-policy": [FSBP("S3.2", "s3-2", "s3"), FSBP("S3.3", "s3-3", "s3")],
  "aws-s3-require-ssl-requests-only": [FSBP("S3.5", "s3-5", "s3"), CIS("2.1.1")],
  "aws-s3-require-account-public-access-block": [FSBP("S3.1", "s3-1", "s3"), CIS("2.1.4")],
  "aws-s3-public-access-block-all-enabled": [FSBP("S3.8", "s3-8", "s3"), CIS("2.1.4")],
  "aws-s3-require-sse-kms": [FSBP("S3.17", "s3-17", "s3")],
  "aws-s3-require-versioning": [FSBP("S3.14", "s3-14", "s3")],
  "aws-s3-require-access-logging": [FSBP("S3.9", "s3-9", "s3")],
  "aws-s3-disable-acls": [FSBP("S3.12", "s3-12", "s3")],
  "aws-s3-restrict-cross-account-bucket-policy": [FSBP("S3.6", "s3-6", "s3")],
  // END S3
  // EC2, VPC, EBS
  "aws-ec2-disallow-open-ssh": [FSBP("EC2.13", "ec2-13", "ec2"), FSBP("EC2.53", "ec2-53", "ec2"), FSBP("EC2.54", "ec2-54", "ec2"), CIS("5.2"), CIS("5.3")],
  "aws-ec2-disallow-open-rdp": [FSBP("EC2.14", "ec2-14", "ec2"), FSBP("EC2.53", "ec2-53", "ec2"), FSBP("EC2.54", "ec2-54", "ec2"), CIS("5.2"), CIS("5.3")],
  "aws-ec2-disallow-open-admin-ports": [FSBP("EC2.53", "ec2-53", "ec2"), FSBP("EC2.54", "ec2-54", "ec2"), CIS("5.2"), CIS("5.3")],
  "aws-ec2-disallow-open-database-ports": [FSBP("EC2.19", "ec2-19", "ec2")],
  "aws-ec2-disallow-open-all-ports": [FSBP("EC2.19", "ec2-19", "ec2"), FSBP("EC2.18", "ec2-18", "ec2")],
  "aws-ec2-restrict-open-ports-to-authorized": [FSBP("EC2.18", "ec2-18", "ec2")],
  "aws-ec2-require-imdsv2": [FSBP("EC2.8", "ec2-8", "ec2"), CIS("5.6")],
  "aws-ec2-launch-template-require-imdsv2": [FSBP("EC2.170", "ec2-170", "ec2")],
  "aws-ec2-disallow-public-ip": [FSBP("EC2.9", "ec2-9", "ec2")],
  "aws-ec2-launch-template-disallow-public-ip": [FSBP("EC2.25", "ec2-25", "ec2")],
  "aws-vpc-disallow-subnet-public-ip-on-launch": [FSBP("EC2.15", "ec2-15", "ec2")],
  "aws-vpc-default-security-group-closed": [FSBP("EC2.2", "ec2-2", "ec2"), CIS("5.4")],
  "aws-vpc-require-flow-logs": [FSBP("EC2.6", "ec2-6", "ec2"), CIS("3.7")],
  "aws-vpc-nacl-disallow-open-admin-ports": [FSBP("EC2.21", "ec2-21", "ec2"), CIS("5.1")],
  "aws-vpc-disallow-unused-network-acl": [FSBP("EC2.16", "ec2-16", "ec2")],
  "aws-ebs-require-volume-encryption": [FSBP("EC2.3", "ec2-3", "ec2")],
  "aws-ebs-require-encryption-by-default": [FSBP("EC2.7", "ec2-7", "ec2"), CIS("2.2.1")],
  "aws-ebs-require-snapshot-block-public-access": [FSBP("EC2.1", "ec2-1", "ec2")],
  "aws-ec2-require-encrypted-block-devices": [FSBP("EC2.3", "ec2-3", "ec2")],
  "aws-ec2-launch-template-require-encrypted-volumes": [],
  // END EC2
  // ELB, CloudFront
  "aws-elb-listener-require-tls": [FSBP("ELB.18", "elb-18", "elb")],
  "aws-elb-listener-redirect-http-to-https": [FSBP("ELB.1", "elb-1", "elb")],
  "aws-elb-listener-require-modern-tls-policy": [FSBP("ELB.17", "elb-17", "elb")],
  "aws-elb-require-drop-invalid-header-fields": [FSBP("ELB.4", "elb-4", "elb")],
  "aws-elb-require-access-logs": [FSBP("ELB.5", "elb-5", "elb")],
  "aws-elb-require-deletion-protection": [FSBP("ELB.6", "elb-6", "elb")],
  "aws-elb-classic-require-https-listener": [FSBP("ELB.3", "elb-3", "elb")],
  "aws-elb-require-desync-mitigation": [FSBP("ELB.12", "elb-12", "elb")],
  "aws-elb-classic-require-acm-certificate": [FSBP("ELB.2", "elb-2", "elb")],
  "aws-elb-classic-require-connection-draining": [FSBP("ELB.7", "elb-7", "elb")],
  "aws-cloudfront-require-https-viewer": [FSBP("CloudFront.3", "cloudfront-3", "cloudfront")],
  "aws-cloudfront-require-origin-access-control": [FSBP("CloudFront.13", "cloudfront-13", "cloudfront")],
  "aws-cloudfront-require-logging": [FSBP("CloudFront.5", "cloudfront-5", "cloudfront")],
  "aws-cloudfront-require-waf": [FSBP("CloudFront.6", "cloudfront-6", "cloudfront")],
  "aws-cloudfront-require-https-origin": [FSBP("CloudFront.9", "cloudfront-9", "cloudfront")],
  "aws-cloudfront-disallow-deprecated-origin-ssl": [FSBP("CloudFront.10", "cloudfront-10", "cloudfront")],
  "aws-cloudfront-require-sni": [FSBP("CloudFront.8", "cloudfront-8", "cloudfront")],
  "aws-cloudfront-require-custom-certificate": [FSBP("CloudFront.7", "cloudfront-7", "cloudfront")],
  "aws-cloudfront-require-default-root-object": [FSBP("CloudFront.1", "cloudfront-1", "cloudfront")],
  // END EDGE
  // RDS, DynamoDB
  "aws-rds-require-instance-encryption": [FSBP("RDS.3", "rds-3", "rds"), CIS("2.3.1")],
  "aws-rds-require-cluster-encryption": [FSBP("RDS.27", "rds-27", "rds")],
  "aws-rds-disallow-public-access": [FSBP("RDS.2", "rds-2", "rds"), CIS("2.3.3")],
  "aws-rds-require-backup-retention": [FSBP("RDS.11", "rds-11", "rds")],
  "aws-rds-require-instance-deletion-protection": [FSBP("RDS.8", "rds-8", "rds")],
  "aws-rds-require-cluster-deletion-protection": [FSBP("RDS.7", "rds-7", "rds")],
  "aws-rds-require-iam-authentication": [FSBP("RDS.10", "rds-10", "rds"), FSBP("RDS.12", "rds-12", "rds")],
  "aws-rds-require-auto-minor-version-upgrade": [FSBP("RDS.13", "rds-13", "rds"), FSBP("RDS.35", "rds-35", "rds"), CIS("2.3.2")],
  "aws-rds-recommend-multi-az": [FSBP("RDS.5", "rds-5", "rds")],
  "aws-rds-require-copy-tags-to-snapshot": [FSBP("RDS.17", "rds-17", "rds"), FSBP("RDS.16", "rds-16", "rds")],
  "aws-rds-require-enhanced-monitoring": [FSBP("RDS.6", "rds-6", "rds")],
  "aws-rds-require-cloudwatch-logs-exports": [FSBP("RDS.9", "rds-9", "rds")],
  "aws-rds-disallow-public-snapshots": [FSBP("RDS.1", "rds-1", "rds")],
  "aws-dynamodb-require-point-in-time-recovery": [FSBP("DynamoDB.2", "dynamodb-2", "dynamodb")],
  "aws-dynamodb-require-deletion-protection": [FSBP("DynamoDB.6", "dynamodb-6", "dynamodb")],
  "aws-dynamodb-require-dax-encryption": [FSBP("DynamoDB.3", "dynamodb-3", "dynamodb")],
  "aws-rds-disallow-default-admin-username": [FSBP("RDS.24", "rds-24", "rds"), FSBP("RDS.25", "rds-25", "rds")],
  // END DATABASE
  // IAM, KMS, CloudTrail, Config, GuardDuty
  "aws-iam-disallow-full-admin-policy": [FSBP("IAM.1", "iam-1", "iam"), CIS("1.16")],
  "aws-iam-disallow-kms-decrypt-all-keys": [FSBP("KMS.1", "kms-1", "kms"), FSBP("KMS.2", "kms-2", "kms")],
  "aws-iam-disallow-user-policies": [FSBP("IAM.2", "iam-2", "iam"), CIS("1.15")],
  "aws-iam-require-password-min-length": [FSBP("IAM.15", "iam-15", "iam"), CIS("1.8")],
  "aws-iam-require-password-reuse-prevention": [FSBP("IAM.16", "iam-16", "iam"), CIS("1.9")],
  "aws-iam-require-password-complexity": [FSBP("IAM.7", "iam-7", "iam"), FSBP("IAM.11", "iam-11", "iam"), FSBP("IAM.12", "iam-12", "iam"), FSBP("IAM.13", "iam-13", "iam"), FSBP("IAM.14", "iam-14", "iam")],
  "aws-kms-require-key-rotation": [FSBP("KMS.4", "kms-4", "kms"), CIS("3.6")],
  "aws-kms-disallow-public-key-policy": [FSBP("KMS.5", "kms-5", "kms")],
  "aws-cloudtrail-require-multi-region": [FSBP("CloudTrail.1", "cloudtrail-1", "cloudtrail"), CIS("3.1")],
  "aws-cloudtrail-require-log-file-validation": [FSBP("CloudTrail.4", "cloudtrail-4", "cloudtrail"), CIS("3.2")],
  "aws-cloudtrail-require-kms-encryption": [FSBP("CloudTrail.2", "cloudtrail-2", "cloudtrail"), CIS("3.5")],
  "aws-cloudtrail-recommend-cloudwatch-logs": [FSBP("CloudTrail.5", "cloudtrail-5", "cloudtrail")],
  "aws-config-require-recorder-all-resources": [FSBP("Config.1", "config-1", "config"), CIS("3.3")],
  "aws-config-require-recorder-enabled": [FSBP("Config.1", "config-1", "config"), CIS("3.3")],
  "aws-guardduty-require-detector-enabled": [FSBP("GuardDuty.1", "guardduty-1", "guardduty")],
  "aws-guardduty-require-protection-plans": [FSBP("GuardDuty.5", "guardduty-5", "guardduty"), FSBP("GuardDuty.6", "guardduty-6", "guardduty"), FSBP("GuardDuty.7", "guardduty-7", "guardduty"), FSBP("GuardDuty.8", "guardduty-8", "guardduty"), FSBP("GuardDuty.9", "guardduty-9", "guardduty"), FSBP("GuardDuty.10", "guardduty-10", "guardduty"), FSBP("GuardDuty.11", "guardduty-11", "guardduty")],
  // END IDENTITY
  // Lambda, API Gateway
  "aws-lambda-disallow-deprecated-runtime": [FSBP("Lambda.2", "lambda-2", "lambda")],
  "aws-lambda-disallow-public-permission": [FSBP("Lambda.1", "lambda-1", "lambda")],
  "aws-apigateway-require-rest-stage-logging": [FSBP("APIGateway.1", "apigateway-1", "apigateway")],
  "aws-apigateway-require-v2-stage-logging": [FSBP("APIGateway.9", "apigateway-9", "apigateway")],
  "aws-apigateway-require-route-authorization": [FSBP("APIGateway.8", "apigateway-8", "apigateway")],
  "aws-apigateway-recommend-xray-tracing": [FSBP("APIGateway.3", "apigateway-3", "apigateway")],
  "aws-apigateway-require-cache-encryption": [FSBP("APIGateway.5", "apigateway-5", "apigateway")],
  // END SERVERLESS
  // SQS, SNS, ECR, EKS, ECS, ElastiCache, OpenSearch, Redshift, Secrets Manager, SSM, EFS, Backup, Kinesis, MSK
  "aws-sqs-require-encryption": [FSBP("SQS.1", "sqs-1", "sqs")],
  "aws-sqs-disallow-public-queue-policy": [FSBP("SQS.3", "sqs-3", "sqs")],
  // SNS.1 (topic KMS encryption) is deliberately not mapped: Security Hub retired it from FSBP in April 2024.
  "aws-sns-disallow-public-topic-policy": [FSBP("SNS.4", "sns-4", "sns")],
  "aws-ecr-require-image-scanning": [FSBP("ECR.1", "ecr-1", "ecr")],
  "aws-ecr-require-immutable-tags": [FSBP("ECR.2", "ecr-2", "ecr")],
  "aws-ecr-require-lifecycle-policy": [FSBP("ECR.3", "ecr-3", "ecr")],
  "aws-eks-disallow-public-endpoint": [FSBP("EKS.1", "eks-1", "eks")],
  "aws-eks-require-supported-version": [FSBP("EKS.2", "eks-2", "eks")],
  "aws-eks-require-secrets-encryption": [FSBP("EKS.3", "eks-3", "eks")],
  "aws-eks-require-control-plane-logging": [FSBP("EKS.8", "eks-8", "eks")],
  "aws-ecs-disallow-public-ip": [FSBP("ECS.2", "ecs-2", "ecs"), FSBP("ECS.16", "ecs-16", "ecs")],
  "aws-ecs-disallow-host-pid-mode": [FSBP("ECS.3", "ecs-3", "ecs")],
  "aws-ecs-disallow-privileged-containers": [FSBP("ECS.4", "ecs-4", "ecs")],
  "aws-ecs-require-readonly-root-filesystem": [FSBP("ECS.5", "ecs-5", "ecs")],
  "aws-ecs-disallow-secrets-in-environment": [FSBP("ECS.8", "ecs-8", "ecs")],
  "aws-ecs-require-container-logging": [FSBP("ECS.9", "ecs-9", "ecs")],
  // ECS.17 replaces the retired ECS.1 (March 2026); checked on the ecs-controls page.
  "aws-ecs-disallow-host-network-mode": [FSBP("ECS.17", "ecs-17", "ecs")],
  "aws-elasticache-require-automatic-backups": [FSBP("ElastiCache.1", "elasticache-1", "elasticache")],
  "aws-elasticache-require-auto-minor-version-upgrade": [FSBP("ElastiCache.2", "elasticache-2", "elasticache")],
  "aws-elasticache-require-automatic-failover": [FSBP("ElastiCache.3", "elasticache-3", "elasticache")],
  "aws-elasticache-require-encryption-at-rest": [FSBP("ElastiCache.4", "elasticache-4", "elasticache")],
  "aws-elasticache-require-encryption-in-transit": [FSBP("ElastiCache.5", "elasticache-5", "elasticache")],
  "aws-elasticache-require-auth": [FSBP("ElastiCache.6", "elasticache-6", "elasticache")],
  // Opensearch.x for aws:opensearch domains, ES.x for legacy aws:elasticsearch domains.
  "aws-opensearch-require-encryption-at-rest": [FSBP("Opensearch.1", "opensearch-1", "opensearch"), FSBP("ES.1", "es-1", "es")],
  "aws-opensearch-require-vpc": [FSBP("Opensearch.2", "opensearch-2", "opensearch"), FSBP("ES.2", "es-2", "es")],
  "aws-opensearch-require-node-to-node-encryption": [FSBP("Opensearch.3", "opensearch-3", "opensearch"), FSBP("ES.3", "es-3", "es")],
  "aws-opensearch-require-audit-logging": [FSBP("Opensearch.5", "opensearch-5", "opensearch"), FSBP("ES.5", "es-5", "es")],
  "aws-opensearch-require-fine-grained-access-control": [FSBP("Opensearch.7", "opensearch-7", "opensearch")],
  "aws-opensearch-require-https-tls": [FSBP("Opensearch.8", "opensearch-8", "opensearch"), FSBP("ES.8", "es-8", "es")],
  "aws-redshift-disallow-public-access": [FSBP("Redshift.1", "redshift-1", "redshift")],
  "aws-redshift-require-ssl": [FSBP("Redshift.2", "redshift-2", "redshift")],
  "aws-redshift-require-automatic-snapshots": [FSBP("Redshift.3", "redshift-3", "redshift")],
  "aws-redshift-require-audit-logging": [FSBP("Redshift.4", "redshift-4", "redshift")],
  "aws-redshift-require-enhanced-vpc-routing": [FSBP("Redshift.7", "redshift-7", "redshift")],
  "aws-redshift-disallow-default-admin-username": [FSBP("Redshift.8", "redshift-8", "redshift")],
  "aws-redshift-require-encryption": [FSBP("Redshift.10", "redshift-10", "redshift")],
  "aws-secretsmanager-require-rotation": [FSBP("SecretsManager.1", "secretsmanager-1", "secretsmanager")],
  "aws-ssm-disallow-public-documents": [FSBP("SSM.4", "ssm-4", "ssm")],
  "aws-efs-require-encryption": [FSBP("EFS.1", "efs-1", "efs"), FSBP("EFS.8", "efs-8", "efs"), CIS("2.4.1")],
  "aws-efs-require-access-point-root-directory": [FSBP("EFS.3", "efs-3", "efs")],
  "aws-efs-require-access-point-posix-user": [FSBP("EFS.4", "efs-4", "efs")],
  "aws-efs-require-backup-policy": [FSBP("EFS.7", "efs-7", "efs")],
  "aws-kinesis-require-stream-encryption": [FSBP("Kinesis.1", "kinesis-1", "kinesis")],
  "aws-kinesis-require-firehose-encryption": [FSBP("DataFirehose.1", "datafirehose-1", "datafirehose")],
  "aws-msk-require-encryption-in-transit": [FSBP("MSK.1", "msk-1", "msk")],
  "aws-msk-disallow-public-access": [FSBP("MSK.4", "msk-4", "msk")],
  "aws-msk-disallow-unauthenticated-access": [FSBP("MSK.6", "msk-6", "msk")],
  // END PLATFORM
};

/**
 * The controls of a policy (empty when none applies): this table's, then the CIS AWS v5.0.0
 * recommendations its catalog (./frameworks/cis-aws-5.0.0.ts) maps to the policy.
 */
export function controlsFor(policyName: string): readonly ComplianceControl[] {
  return [...(CONTROLS[policyName] ?? []), ...catalogControlsFor(CIS_AWS_5_0_0, policyName)];
}
