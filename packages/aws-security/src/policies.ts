/**
 * Every policy of the aws-security pack, as a list of imports. Add a policy: create
 * `policies/<policy-name>.ts` with `policies/<policy-name>.fixtures.ts` beside it, import it here
 * and add it to its service's group.
 */
// S3
import awsS3DisallowPublicAcl from "./policies/aws-s3-disallow-public-acl";
import awsS3RequirePublicAccessBlock from "./policies/aws-s3-require-public-access-block";
import awsS3DisallowPublicBucketPolicy from "./policies/aws-s3-disallow-public-bucket-policy";
import awsS3RequireSslRequestsOnly from "./policies/aws-s3-require-ssl-requests-only";
import awsS3RequireAccountPublicAccessBlock from "./policies/aws-s3-require-account-public-access-block";
import awsS3PublicAccessBlockAllEnabled from "./policies/aws-s3-public-access-block-all-enabled";
import awsS3DisallowPublicObjectAcl from "./policies/aws-s3-disallow-public-object-acl";
import awsS3RequireSseKms from "./policies/aws-s3-require-sse-kms";
import awsS3RequireVersioning from "./policies/aws-s3-require-versioning";
import awsS3RequireAccessLogging from "./policies/aws-s3-require-access-logging";
import awsS3DisableAcls from "./policies/aws-s3-disable-acls";
import awsS3RestrictCrossAccountBucketPolicy from "./policies/aws-s3-restrict-cross-account-bucket-policy";
// END S3 IMPORTS
// EC2, VPC, EBS
import awsEc2DisallowOpenSsh from "./policies/aws-ec2-disallow-open-ssh";
import awsEc2DisallowOpenRdp from "./policies/aws-ec2-disallow-open-rdp";
import awsEc2DisallowOpenAdminPorts from "./policies/aws-ec2-disallow-open-admin-ports";
import awsEc2DisallowOpenDatabasePorts from "./policies/aws-ec2-disallow-open-database-ports";
import awsEc2DisallowOpenAllPorts from "./policies/aws-ec2-disallow-open-all-ports";
import awsEc2RestrictOpenPortsToAuthorized from "./policies/aws-ec2-restrict-open-ports-to-authorized";
import awsEc2RequireImdsv2 from "./policies/aws-ec2-require-imdsv2";
import awsEc2LaunchTemplateRequireImdsv2 from "./policies/aws-ec2-launch-template-require-imdsv2";
import awsEc2DisallowPublicIp from "./policies/aws-ec2-disallow-public-ip";
import awsEc2LaunchTemplateDisallowPublicIp from "./policies/aws-ec2-launch-template-disallow-public-ip";
import awsVpcDisallowSubnetPublicIpOnLaunch from "./policies/aws-vpc-disallow-subnet-public-ip-on-launch";
import awsVpcDefaultSecurityGroupClosed from "./policies/aws-vpc-default-security-group-closed";
import awsVpcRequireFlowLogs from "./policies/aws-vpc-require-flow-logs";
import awsVpcNaclDisallowOpenAdminPorts from "./policies/aws-vpc-nacl-disallow-open-admin-ports";
import awsVpcDisallowUnusedNetworkAcl from "./policies/aws-vpc-disallow-unused-network-acl";
import awsEbsRequireVolumeEncryption from "./policies/aws-ebs-require-volume-encryption";
import awsEbsRequireEncryptionByDefault from "./policies/aws-ebs-require-encryption-by-default";
import awsEbsRequireSnapshotBlockPublicAccess from "./policies/aws-ebs-require-snapshot-block-public-access";
import awsEbsRestrictSnapshotSharing from "./policies/aws-ebs-restrict-snapshot-sharing";
import awsEc2DisallowPublicAmi from "./policies/aws-ec2-disallow-public-ami";
import awsEc2RequireImageBlockPublicAccess from "./policies/aws-ec2-require-image-block-public-access";
import awsEc2RequireEncryptedBlockDevices from "./policies/aws-ec2-require-encrypted-block-devices";
import awsEc2LaunchTemplateRequireEncryptedVolumes from "./policies/aws-ec2-launch-template-require-encrypted-volumes";
// END EC2 IMPORTS
// ELB, CloudFront
import awsElbListenerRequireTls from "./policies/aws-elb-listener-require-tls";
import awsElbListenerRedirectHttpToHttps from "./policies/aws-elb-listener-redirect-http-to-https";
import awsElbListenerRequireModernTlsPolicy from "./policies/aws-elb-listener-require-modern-tls-policy";
import awsElbRequireDropInvalidHeaderFields from "./policies/aws-elb-require-drop-invalid-header-fields";
import awsElbRequireAccessLogs from "./policies/aws-elb-require-access-logs";
import awsElbRequireDeletionProtection from "./policies/aws-elb-require-deletion-protection";
import awsElbClassicRequireHttpsListener from "./policies/aws-elb-classic-require-https-listener";
import awsElbRequireDesyncMitigation from "./policies/aws-elb-require-desync-mitigation";
import awsElbClassicRequireAcmCertificate from "./policies/aws-elb-classic-require-acm-certificate";
import awsElbClassicRequireConnectionDraining from "./policies/aws-elb-classic-require-connection-draining";
import awsCloudfrontRequireHttpsViewer from "./policies/aws-cloudfront-require-https-viewer";
import awsCloudfrontRequireModernTls from "./policies/aws-cloudfront-require-modern-tls";
import awsCloudfrontRequireOriginAccessControl from "./policies/aws-cloudfront-require-origin-access-control";
import awsCloudfrontRequireLogging from "./policies/aws-cloudfront-require-logging";
import awsCloudfrontRequireWaf from "./policies/aws-cloudfront-require-waf";
import awsCloudfrontRequireHttpsOrigin from "./policies/aws-cloudfront-require-https-origin";
import awsCloudfrontDisallowDeprecatedOriginSsl from "./policies/aws-cloudfront-disallow-deprecated-origin-ssl";
import awsCloudfrontRequireSni from "./policies/aws-cloudfront-require-sni";
import awsCloudfrontRequireCustomCertificate from "./policies/aws-cloudfront-require-custom-certificate";
import awsCloudfrontRequireDefaultRootObject from "./policies/aws-cloudfront-require-default-root-object";
// END EDGE IMPORTS
// RDS, DynamoDB
import awsRdsRequireInstanceEncryption from "./policies/aws-rds-require-instance-encryption";
import awsRdsRequireClusterEncryption from "./policies/aws-rds-require-cluster-encryption";
import awsRdsDisallowPublicAccess from "./policies/aws-rds-disallow-public-access";
import awsRdsRequireBackupRetention from "./policies/aws-rds-require-backup-retention";
import awsRdsRequireInstanceDeletionProtection from "./policies/aws-rds-require-instance-deletion-protection";
import awsRdsRequireClusterDeletionProtection from "./policies/aws-rds-require-cluster-deletion-protection";
import awsRdsRequireIamAuthentication from "./policies/aws-rds-require-iam-authentication";
import awsRdsRequireAutoMinorVersionUpgrade from "./policies/aws-rds-require-auto-minor-version-upgrade";
import awsRdsRecommendMultiAz from "./policies/aws-rds-recommend-multi-az";
import awsRdsRequireCopyTagsToSnapshot from "./policies/aws-rds-require-copy-tags-to-snapshot";
import awsRdsRequireEnhancedMonitoring from "./policies/aws-rds-require-enhanced-monitoring";
import awsRdsRequireCloudwatchLogsExports from "./policies/aws-rds-require-cloudwatch-logs-exports";
import awsRdsDisallowPublicSnapshots from "./policies/aws-rds-disallow-public-snapshots";
import awsDynamodbRequirePointInTimeRecovery from "./policies/aws-dynamodb-require-point-in-time-recovery";
import awsDynamodbRequireCustomerManagedKey from "./policies/aws-dynamodb-require-customer-managed-key";
import awsDynamodbRequireDeletionProtection from "./policies/aws-dynamodb-require-deletion-protection";
import awsDynamodbRequireDaxEncryption from "./policies/aws-dynamodb-require-dax-encryption";
import awsRdsDisallowDefaultAdminUsername from "./policies/aws-rds-disallow-default-admin-username";
// END DATABASE IMPORTS
// IAM, KMS, CloudTrail, Config, GuardDuty
import awsIamDisallowFullAdminPolicy from "./policies/aws-iam-disallow-full-admin-policy";
import awsIamDisallowAllowNotaction from "./policies/aws-iam-disallow-allow-notaction";
import awsIamDisallowAllowNotresource from "./policies/aws-iam-disallow-allow-notresource";
import awsIamDisallowKmsDecryptAllKeys from "./policies/aws-iam-disallow-kms-decrypt-all-keys";
import awsIamDisallowUserPolicies from "./policies/aws-iam-disallow-user-policies";
import awsIamDisallowPublicTrustPolicy from "./policies/aws-iam-disallow-public-trust-policy";
import awsIamRequirePasswordMinLength from "./policies/aws-iam-require-password-min-length";
import awsIamRequirePasswordReusePrevention from "./policies/aws-iam-require-password-reuse-prevention";
import awsIamRequirePasswordComplexity from "./policies/aws-iam-require-password-complexity";
import awsKmsRequireKeyRotation from "./policies/aws-kms-require-key-rotation";
import awsKmsDisallowPublicKeyPolicy from "./policies/aws-kms-disallow-public-key-policy";
import awsKmsRequireDeletionWindow from "./policies/aws-kms-require-deletion-window";
import awsCloudtrailRequireMultiRegion from "./policies/aws-cloudtrail-require-multi-region";
import awsCloudtrailRequireLogFileValidation from "./policies/aws-cloudtrail-require-log-file-validation";
import awsCloudtrailRequireKmsEncryption from "./policies/aws-cloudtrail-require-kms-encryption";
import awsCloudtrailRecommendCloudwatchLogs from "./policies/aws-cloudtrail-recommend-cloudwatch-logs";
import awsCloudtrailRequireLoggingEnabled from "./policies/aws-cloudtrail-require-logging-enabled";
import awsConfigRequireRecorderAllResources from "./policies/aws-config-require-recorder-all-resources";
import awsConfigRequireRecorderEnabled from "./policies/aws-config-require-recorder-enabled";
import awsGuarddutyRequireDetectorEnabled from "./policies/aws-guardduty-require-detector-enabled";
import awsGuarddutyRequireProtectionPlans from "./policies/aws-guardduty-require-protection-plans";
// END IDENTITY IMPORTS
// Lambda, API Gateway
import awsLambdaDisallowDeprecatedRuntime from "./policies/aws-lambda-disallow-deprecated-runtime";
import awsLambdaDisallowPublicFunctionUrl from "./policies/aws-lambda-disallow-public-function-url";
import awsLambdaDisallowPublicPermission from "./policies/aws-lambda-disallow-public-permission";
import awsLambdaRecommendXrayTracing from "./policies/aws-lambda-recommend-xray-tracing";
import awsApigatewayRequireRestStageLogging from "./policies/aws-apigateway-require-rest-stage-logging";
import awsApigatewayRequireV2StageLogging from "./policies/aws-apigateway-require-v2-stage-logging";
import awsApigatewayRequireTls12Domain from "./policies/aws-apigateway-require-tls12-domain";
import awsApigatewayRecommendMethodAuthorization from "./policies/aws-apigateway-recommend-method-authorization";
import awsApigatewayRequireRouteAuthorization from "./policies/aws-apigateway-require-route-authorization";
import awsApigatewayRecommendXrayTracing from "./policies/aws-apigateway-recommend-xray-tracing";
import awsApigatewayRequireCacheEncryption from "./policies/aws-apigateway-require-cache-encryption";
// END SERVERLESS IMPORTS
// SQS, SNS, ECR, EKS, ECS, ElastiCache, OpenSearch, Redshift, Secrets Manager, SSM, EFS, Backup, Kinesis, MSK
import awsSqsRequireEncryption from "./policies/aws-sqs-require-encryption";
import awsSqsDisallowPublicQueuePolicy from "./policies/aws-sqs-disallow-public-queue-policy";
import awsSnsRequireTopicEncryption from "./policies/aws-sns-require-topic-encryption";
import awsSnsDisallowPublicTopicPolicy from "./policies/aws-sns-disallow-public-topic-policy";
import awsEcrRequireImageScanning from "./policies/aws-ecr-require-image-scanning";
import awsEcrRequireImmutableTags from "./policies/aws-ecr-require-immutable-tags";
import awsEcrDisallowPublicRepositoryPolicy from "./policies/aws-ecr-disallow-public-repository-policy";
import awsEcrRequireLifecyclePolicy from "./policies/aws-ecr-require-lifecycle-policy";
import awsEksDisallowPublicEndpoint from "./policies/aws-eks-disallow-public-endpoint";
import awsEksRequireSecretsEncryption from "./policies/aws-eks-require-secrets-encryption";
import awsEksRequireControlPlaneLogging from "./policies/aws-eks-require-control-plane-logging";
import awsEksRequireSupportedVersion from "./policies/aws-eks-require-supported-version";
import awsEcsDisallowPrivilegedContainers from "./policies/aws-ecs-disallow-privileged-containers";
import awsEcsRequireReadonlyRootFilesystem from "./policies/aws-ecs-require-readonly-root-filesystem";
import awsEcsRequireContainerLogging from "./policies/aws-ecs-require-container-logging";
import awsEcsDisallowSecretsInEnvironment from "./policies/aws-ecs-disallow-secrets-in-environment";
import awsEcsDisallowHostNetworkMode from "./policies/aws-ecs-disallow-host-network-mode";
import awsEcsDisallowHostPidMode from "./policies/aws-ecs-disallow-host-pid-mode";
import awsEcsDisallowPublicIp from "./policies/aws-ecs-disallow-public-ip";
import awsElasticacheRequireEncryptionAtRest from "./policies/aws-elasticache-require-encryption-at-rest";
import awsElasticacheRequireEncryptionInTransit from "./policies/aws-elasticache-require-encryption-in-transit";
import awsElasticacheRequireAutomaticBackups from "./policies/aws-elasticache-require-automatic-backups";
import awsElasticacheRequireAuth from "./policies/aws-elasticache-require-auth";
import awsElasticacheRequireAutomaticFailover from "./policies/aws-elasticache-require-automatic-failover";
import awsElasticacheRequireAutoMinorVersionUpgrade from "./policies/aws-elasticache-require-auto-minor-version-upgrade";
import awsOpensearchRequireEncryptionAtRest from "./policies/aws-opensearch-require-encryption-at-rest";
import awsOpensearchRequireNodeToNodeEncryption from "./policies/aws-opensearch-require-node-to-node-encryption";
import awsOpensearchRequireFineGrainedAccessControl from "./policies/aws-opensearch-require-fine-grained-access-control";
import awsOpensearchRequireHttpsTls from "./policies/aws-opensearch-require-https-tls";
import awsOpensearchRequireVpc from "./policies/aws-opensearch-require-vpc";
import awsOpensearchRequireAuditLogging from "./policies/aws-opensearch-require-audit-logging";
import awsOpensearchDisallowPublicAccessPolicy from "./policies/aws-opensearch-disallow-public-access-policy";
import awsRedshiftDisallowPublicAccess from "./policies/aws-redshift-disallow-public-access";
import awsRedshiftRequireEncryption from "./policies/aws-redshift-require-encryption";
import awsRedshiftRequireEnhancedVpcRouting from "./policies/aws-redshift-require-enhanced-vpc-routing";
import awsRedshiftRequireAutomaticSnapshots from "./policies/aws-redshift-require-automatic-snapshots";
import awsRedshiftDisallowDefaultAdminUsername from "./policies/aws-redshift-disallow-default-admin-username";
import awsRedshiftRequireAuditLogging from "./policies/aws-redshift-require-audit-logging";
import awsRedshiftRequireSsl from "./policies/aws-redshift-require-ssl";
import awsSecretsmanagerRequireRotation from "./policies/aws-secretsmanager-require-rotation";
import awsSecretsmanagerRequireCustomerManagedKey from "./policies/aws-secretsmanager-require-customer-managed-key";
import awsSsmRequireSecurestringForSecrets from "./policies/aws-ssm-require-securestring-for-secrets";
import awsSsmDisallowPublicDocuments from "./policies/aws-ssm-disallow-public-documents";
import awsEfsRequireEncryption from "./policies/aws-efs-require-encryption";
import awsEfsRequireBackupPolicy from "./policies/aws-efs-require-backup-policy";
import awsEfsRequireAccessPointRootDirectory from "./policies/aws-efs-require-access-point-root-directory";
import awsEfsRequireAccessPointPosixUser from "./policies/aws-efs-require-access-point-posix-user";
import awsEfsDisallowPublicFileSystemPolicy from "./policies/aws-efs-disallow-public-file-system-policy";
import awsBackupRequireVaultCustomerManagedKey from "./policies/aws-backup-require-vault-customer-managed-key";
import awsBackupDisallowPublicVaultPolicy from "./policies/aws-backup-disallow-public-vault-policy";
import awsBackupRequireVaultLock from "./policies/aws-backup-require-vault-lock";
import awsKinesisRequireStreamEncryption from "./policies/aws-kinesis-require-stream-encryption";
import awsKinesisRequireFirehoseEncryption from "./policies/aws-kinesis-require-firehose-encryption";
import awsMskRequireEncryptionInTransit from "./policies/aws-msk-require-encryption-in-transit";
import awsMskDisallowPublicAccess from "./policies/aws-msk-disallow-public-access";
import awsMskDisallowUnauthenticatedAccess from "./policies/aws-msk-disallow-unauthenticated-access";
// END PLATFORM IMPORTS

const s3 = [
  awsS3DisallowPublicAcl,
  awsS3RequirePublicAccessBlock,
  awsS3DisallowPublicBucketPolicy,
  awsS3RequireSslRequestsOnly,
  awsS3RequireAccountPublicAccessBlock,
  awsS3PublicAccessBlockAllEnabled,
  awsS3DisallowPublicObjectAcl,
  awsS3RequireSseKms,
  awsS3RequireVersioning,
  awsS3RequireAccessLogging,
  awsS3DisableAcls,
  awsS3RestrictCrossAccountBucketPolicy,
  // END S3
] as const;
const ec2 = [
  awsEc2DisallowOpenSsh,
  awsEc2DisallowOpenRdp,
  awsEc2DisallowOpenAdminPorts,
  awsEc2DisallowOpenDatabasePorts,
  awsEc2DisallowOpenAllPorts,
  awsEc2RestrictOpenPortsToAuthorized,
  awsEc2RequireImdsv2,
  awsEc2LaunchTemplateRequireImdsv2,
  awsEc2DisallowPublicIp,
  awsEc2LaunchTemplateDisallowPublicIp,
  awsVpcDisallowSubnetPublicIpOnLaunch,
  awsVpcDefaultSecurityGroupClosed,
  awsVpcRequireFlowLogs,
  awsVpcNaclDisallowOpenAdminPorts,
  awsVpcDisallowUnusedNetworkAcl,
  awsEbsRequireVolumeEncryption,
  awsEbsRequireEncryptionByDefault,
  awsEbsRequireSnapshotBlockPublicAccess,
  awsEbsRestrictSnapshotSharing,
  awsEc2DisallowPublicAmi,
  awsEc2RequireImageBlockPublicAccess,
  awsEc2RequireEncryptedBlockDevices,
  awsEc2LaunchTemplateRequireEncryptedVolumes,
  // END EC2
] as const;
const edge = [
  awsElbListenerRequireTls,
  awsElbListenerRedirectHttpToHttps,
  awsElbListenerRequireModernTlsPolicy,
  awsElbRequireDropInvalidHeaderFields,
  awsElbRequireAccessLogs,
  awsElbRequireDeletionProtection,
  awsElbClassicRequireHttpsListener,
  awsElbRequireDesyncMitigation,
  awsElbClassicRequireAcmCertificate,
  awsElbClassicRequireConnectionDraining,
  awsCloudfrontRequireHttpsViewer,
  awsCloudfrontRequireModernTls,
  awsCloudfrontRequireOriginAccessControl,
  awsCloudfrontRequireLogging,
  awsCloudfrontRequireWaf,
  awsCloudfrontRequireHttpsOrigin,
  awsCloudfrontDisallowDeprecatedOriginSsl,
  awsCloudfrontRequireSni,
  awsCloudfrontRequireCustomCertificate,
  awsCloudfrontRequireDefaultRootObject,
  // END EDGE
] as const;
const database = [
  awsRdsRequireInstanceEncryption,
  awsRdsRequireClusterEncryption,
  awsRdsDisallowPublicAccess,
  awsRdsRequireBackupRetention,
  awsRdsRequireInstanceDeletionProtection,
  awsRdsRequireClusterDeletionProtection,
  awsRdsRequireIamAuthentication,
  awsRdsRequireAutoMinorVersionUpgrade,
  awsRdsRecommendMultiAz,
  awsRdsRequireCopyTagsToSnapshot,
  awsRdsRequireEnhancedMonitoring,
  awsRdsRequireCloudwatchLogsExports,
  awsRdsDisallowPublicSnapshots,
  awsDynamodbRequirePointInTimeRecovery,
  awsDynamodbRequireCustomerManagedKey,
  awsDynamodbRequireDeletionProtection,
  awsDynamodbRequireDaxEncryption,
  awsRdsDisallowDefaultAdminUsername,
  // END DATABASE
] as const;
const identity = [
  awsIamDisallowFullAdminPolicy,
  awsIamDisallowAllowNotaction,
  awsIamDisallowAllowNotresource,
  awsIamDisallowKmsDecryptAllKeys,
  awsIamDisallowUserPolicies,
  awsIamDisallowPublicTrustPolicy,
  awsIamRequirePasswordMinLength,
  awsIamRequirePasswordReusePrevention,
  awsIamRequirePasswordComplexity,
  awsKmsRequireKeyRotation,
  awsKmsDisallowPublicKeyPolicy,
  awsKmsRequireDeletionWindow,
  awsCloudtrailRequireMultiRegion,
  awsCloudtrailRequireLogFileValidation,
  awsCloudtrailRequireKmsEncryption,
  awsCloudtrailRecommendCloudwatchLogs,
  awsCloudtrailRequireLoggingEnabled,
  awsConfigRequireRecorderAllResources,
  awsConfigRequireRecorderEnabled,
  awsGuarddutyRequireDetectorEnabled,
  awsGuarddutyRequireProtectionPlans,
  // END IDENTITY
] as const;
const serverless = [
  awsLambdaDisallowDeprecatedRuntime,
  awsLambdaDisallowPublicFunctionUrl,
  awsLambdaDisallowPublicPermission,
  awsLambdaRecommendXrayTracing,
  awsApigatewayRequireRestStageLogging,
  awsApigatewayRequireV2StageLogging,
  awsApigatewayRequireTls12Domain,
  awsApigatewayRecommendMethodAuthorization,
  awsApigatewayRequireRouteAuthorization,
  awsApigatewayRecommendXrayTracing,
  awsApigatewayRequireCacheEncryption,
  // END SERVERLESS
] as const;
const platform = [
  awsSqsRequireEncryption,
  awsSqsDisallowPublicQueuePolicy,
  awsSnsRequireTopicEncryption,
  awsSnsDisallowPublicTopicPolicy,
  awsEcrRequireImageScanning,
  awsEcrRequireImmutableTags,
  awsEcrDisallowPublicRepositoryPolicy,
  awsEcrRequireLifecyclePolicy,
  awsEksDisallowPublicEndpoint,
  awsEksRequireSecretsEncryption,
  awsEksRequireControlPlaneLogging,
  awsEksRequireSupportedVersion,
  awsEcsDisallowPrivilegedContainers,
  awsEcsRequireReadonlyRootFilesystem,
  awsEcsRequireContainerLogging,
  awsEcsDisallowSecretsInEnvironment,
  awsEcsDisallowHostNetworkMode,
  awsEcsDisallowHostPidMode,
  awsEcsDisallowPublicIp,
  awsElasticacheRequireEncryptionAtRest,
  awsElasticacheRequireEncryptionInTransit,
  awsElasticacheRequireAutomaticBackups,
  awsElasticacheRequireAuth,
  awsElasticacheRequireAutomaticFailover,
  awsElasticacheRequireAutoMinorVersionUpgrade,
  awsOpensearchRequireEncryptionAtRest,
  awsOpensearchRequireNodeToNodeEncryption,
  awsOpensearchRequireFineGrainedAccessControl,
  awsOpensearchRequireHttpsTls,
  awsOpensearchRequireVpc,
  awsOpensearchRequireAuditLogging,
  awsOpensearchDisallowPublicAccessPolicy,
  awsRedshiftDisallowPublicAccess,
  awsRedshiftRequireEncryption,
  awsRedshiftRequireEnhancedVpcRouting,
  awsRedshiftRequireAutomaticSnapshots,
  awsRedshiftDisallowDefaultAdminUsername,
  awsRedshiftRequireAuditLogging,
  awsRedshiftRequireSsl,
  awsSecretsmanagerRequireRotation,
  awsSecretsmanagerRequireCustomerManagedKey,
  awsSsmRequireSecurestringForSecrets,
  awsSsmDisallowPublicDocuments,
  awsEfsRequireEncryption,
  awsEfsRequireBackupPolicy,
  awsEfsRequireAccessPointRootDirectory,
  awsEfsRequireAccessPointPosixUser,
  awsEfsDisallowPublicFileSystemPolicy,
  awsBackupRequireVaultCustomerManagedKey,
  awsBackupDisallowPublicVaultPolicy,
  awsBackupRequireVaultLock,
  awsKinesisRequireStreamEncryption,
  awsKinesisRequireFirehoseEncryption,
  awsMskRequireEncryptionInTransit,
  awsMskDisallowPublicAccess,
  awsMskDisallowUnauthenticatedAccess,
  // END PLATFORM
] as const;

/** Every policy of the pack. */
export const policies = [...s3, ...ec2, ...edge, ...database, ...identity, ...serverless, ...platform] as const;

/** The compliance frameworks the pack's controls belong to, each a full control list (`rampart compliance`). */
export { FRAMEWORKS } from "./frameworks";

/** The Pulumi policy pack name (`pulumi preview --policy-pack`, Pulumi Cloud). */
export const PACK_NAME = "aws-security";
/** Description reported to the Pulumi CLI and Cloud. */
export const PACK_DESCRIPTION =
  "AWS security best practices for Pulumi programs, mapped to AWS Foundational Security Best Practices and the CIS AWS Foundations Benchmark v3.0.0 and v5.0.0.";
