/**
 * Every policy of the cost-optimization pack, as a list of imports. Add a policy: create
 * `policies/<policy-name>.ts` with `policies/<policy-name>.fixtures.ts` beside it, import it here
 * and add it to its cloud's group.
 */
// AWS
import awsAutoscalingMaxSizeCap from "./policies/aws-autoscaling-max-size-cap";
import awsCloudfrontPriceClass from "./policies/aws-cloudfront-price-class";
import awsCloudwatchLogRetention from "./policies/aws-cloudwatch-log-retention";
import awsDynamodbPreferOnDemandOutsideProduction from "./policies/aws-dynamodb-prefer-on-demand-outside-production";
import awsDynamodbProvisionedCapacityCap from "./policies/aws-dynamodb-provisioned-capacity-cap";
import awsEbsPreferGp3 from "./policies/aws-ebs-prefer-gp3";
import awsEbsPreferIo2 from "./policies/aws-ebs-prefer-io2";
import awsEbsProvisionedPerformanceCap from "./policies/aws-ebs-provisioned-performance-cap";
import awsEbsVolumeSizeCap from "./policies/aws-ebs-volume-size-cap";
import awsEc2AllowedInstanceTypes from "./policies/aws-ec2-allowed-instance-types";
import awsEc2IdleElasticIps from "./policies/aws-ec2-idle-elastic-ips";
import awsEc2LaunchTemplateAllowedInstanceTypes from "./policies/aws-ec2-launch-template-allowed-instance-types";
import awsEc2NatGatewayLimit from "./policies/aws-ec2-nat-gateway-limit";
import awsEc2PreferCurrentGeneration from "./policies/aws-ec2-prefer-current-generation";
import awsEc2SuggestGraviton from "./policies/aws-ec2-suggest-graviton";
import awsElasticacheAllowedNodeTypes from "./policies/aws-elasticache-allowed-node-types";
import awsRdsAllocatedStorageCap from "./policies/aws-rds-allocated-storage-cap";
import awsRdsAllowedInstanceClasses from "./policies/aws-rds-allowed-instance-classes";
import awsRdsMultiAzOutsideProduction from "./policies/aws-rds-multi-az-outside-production";
import awsRdsPreferCurrentGeneration from "./policies/aws-rds-prefer-current-generation";
import awsRdsPreferGp3Storage from "./policies/aws-rds-prefer-gp3-storage";
import awsRdsProvisionedIopsCap from "./policies/aws-rds-provisioned-iops-cap";
import awsS3RequireLifecycleRules from "./policies/aws-s3-require-lifecycle-rules";
import awsTaggingRequireCostAllocationTags from "./policies/aws-tagging-require-cost-allocation-tags";
// END AWS IMPORTS
// Azure
import azureComputeAllowedScaleSetSizes from "./policies/azure-compute-allowed-scale-set-sizes";
import azureComputeAllowedVmSizes from "./policies/azure-compute-allowed-vm-sizes";
import azureComputeDiskSizeCap from "./policies/azure-compute-disk-size-cap";
import azureComputePremiumDisksOutsideProduction from "./policies/azure-compute-premium-disks-outside-production";
import azureComputeScaleSetCapacityCap from "./policies/azure-compute-scale-set-capacity-cap";
import azureCosmosdbThroughputCap from "./policies/azure-cosmosdb-throughput-cap";
import azureOperationalinsightsLogRetention from "./policies/azure-operationalinsights-log-retention";
import azureSqlDatabaseCapacityCap from "./policies/azure-sql-database-capacity-cap";
import azureSqlPremiumTiersOutsideProduction from "./policies/azure-sql-premium-tiers-outside-production";
import azureStorageAllowedAccessTiers from "./policies/azure-storage-allowed-access-tiers";
import azureStorageGeoRedundancyOutsideProduction from "./policies/azure-storage-geo-redundancy-outside-production";
import azureStorageRequireLifecycleManagement from "./policies/azure-storage-require-lifecycle-management";
import azureTaggingRequireCostAllocationTags from "./policies/azure-tagging-require-cost-allocation-tags";
// END AZURE IMPORTS
// GCP
import gcpComputeAllowedMachineTypes from "./policies/gcp-compute-allowed-machine-types";
import gcpComputeDiskSizeCap from "./policies/gcp-compute-disk-size-cap";
import gcpComputeInstanceTemplateAllowedMachineTypes from "./policies/gcp-compute-instance-template-allowed-machine-types";
import gcpComputePdSsdCap from "./policies/gcp-compute-pd-ssd-cap";
import gcpComputePreferCurrentGeneration from "./policies/gcp-compute-prefer-current-generation";
import gcpComputeRouterNatLimit from "./policies/gcp-compute-router-nat-limit";
import gcpContainerAllowedNodeMachineTypes from "./policies/gcp-container-allowed-node-machine-types";
import gcpLoggingBucketRetentionCap from "./policies/gcp-logging-bucket-retention-cap";
import gcpSqlAllowedTiers from "./policies/gcp-sql-allowed-tiers";
import gcpSqlDiskSizeCap from "./policies/gcp-sql-disk-size-cap";
import gcpSqlHighAvailabilityOutsideProduction from "./policies/gcp-sql-high-availability-outside-production";
import gcpStorageRequireLifecycleRules from "./policies/gcp-storage-require-lifecycle-rules";
import gcpTaggingRequireCostAllocationLabels from "./policies/gcp-tagging-require-cost-allocation-labels";
// END GCP IMPORTS

const aws = [
  awsAutoscalingMaxSizeCap,
  awsCloudfrontPriceClass,
  awsCloudwatchLogRetention,
  awsDynamodbPreferOnDemandOutsideProduction,
  awsDynamodbProvisionedCapacityCap,
  awsEbsPreferGp3,
  awsEbsPreferIo2,
  awsEbsProvisionedPerformanceCap,
  awsEbsVolumeSizeCap,
  awsEc2AllowedInstanceTypes,
  awsEc2IdleElasticIps,
  awsEc2LaunchTemplateAllowedInstanceTypes,
  awsEc2NatGatewayLimit,
  awsEc2PreferCurrentGeneration,
  awsEc2SuggestGraviton,
  awsElasticacheAllowedNodeTypes,
  awsRdsAllocatedStorageCap,
  awsRdsAllowedInstanceClasses,
  awsRdsMultiAzOutsideProduction,
  awsRdsPreferCurrentGeneration,
  awsRdsPreferGp3Storage,
  awsRdsProvisionedIopsCap,
  awsS3RequireLifecycleRules,
  awsTaggingRequireCostAllocationTags,
  // END AWS
] as const;
const azure = [
  azureComputeAllowedScaleSetSizes,
  azureComputeAllowedVmSizes,
  azureComputeDiskSizeCap,
  azureComputePremiumDisksOutsideProduction,
  azureComputeScaleSetCapacityCap,
  azureCosmosdbThroughputCap,
  azureOperationalinsightsLogRetention,
  azureSqlDatabaseCapacityCap,
  azureSqlPremiumTiersOutsideProduction,
  azureStorageAllowedAccessTiers,
  azureStorageGeoRedundancyOutsideProduction,
  azureStorageRequireLifecycleManagement,
  azureTaggingRequireCostAllocationTags,
  // END AZURE
] as const;
const gcp = [
  gcpComputeAllowedMachineTypes,
  gcpComputeDiskSizeCap,
  gcpComputeInstanceTemplateAllowedMachineTypes,
  gcpComputePdSsdCap,
  gcpComputePreferCurrentGeneration,
  gcpComputeRouterNatLimit,
  gcpContainerAllowedNodeMachineTypes,
  gcpLoggingBucketRetentionCap,
  gcpSqlAllowedTiers,
  gcpSqlDiskSizeCap,
  gcpSqlHighAvailabilityOutsideProduction,
  gcpStorageRequireLifecycleRules,
  gcpTaggingRequireCostAllocationLabels,
  // END GCP
] as const;

/** Every policy of the pack. */
export const policies = [...aws, ...azure, ...gcp] as const;

/** The Pulumi policy pack name (`pulumi preview --policy-pack`, Pulumi Cloud). */
export const PACK_NAME = "cost-optimization";
/** Description reported to the Pulumi CLI and Cloud. */
export const PACK_DESCRIPTION =
  "Cost optimization for Pulumi programs on AWS, Azure and GCP: right-sized compute, current generations, storage and database caps, log retention, network waste and cost-allocation tags.";
