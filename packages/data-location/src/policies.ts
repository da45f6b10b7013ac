/**
 * Every policy of the data-location pack, and `renderPolicyPackConfig`, which turns pack-level
 * residency settings into the per-policy JSON `pulumi preview --policy-pack-config` expects.
 */
import { resolvePolicySettings } from "@rampart/policy-core";
import type { PolicySetting } from "@rampart/policy-core";
import type { DataLocationSettings } from "./config";
// Where resources run
import awsLocationAllowedRegion from "./policies/aws-location-allowed-region";
import azureLocationAllowedRegion from "./policies/azure-location-allowed-region";
import azureLocationResourceGroupInherited from "./policies/azure-location-resource-group-inherited";
import gcpLocationAllowedRegion from "./policies/gcp-location-allowed-region";
import gcpStorageBucketLocations from "./policies/gcp-storage-bucket-locations";
import multiLocationRequireConfiguration from "./policies/multi-location-require-configuration";
// END LOCATION IMPORTS
// Where data is copied to
import awsS3ReplicationDestinationRegion from "./policies/aws-s3-replication-destination-region";
import awsDynamodbReplicaRegions from "./policies/aws-dynamodb-replica-regions";
import awsRdsReplicaRegion from "./policies/aws-rds-replica-region";
import awsBackupCopyDestinationRegion from "./policies/aws-backup-copy-destination-region";
import azureStorageGeoReplicationPair from "./policies/azure-storage-geo-replication-pair";
import azureCosmosdbReplicaLocations from "./policies/azure-cosmosdb-replica-locations";
import azureSqlGeoReplicaLocation from "./policies/azure-sql-geo-replica-location";
import gcpSqlReplicaRegion from "./policies/gcp-sql-replica-region";
// END REPLICATION IMPORTS

const location = [
  awsLocationAllowedRegion,
  azureLocationAllowedRegion,
  azureLocationResourceGroupInherited,
  gcpLocationAllowedRegion,
  gcpStorageBucketLocations,
  multiLocationRequireConfiguration,
  // END LOCATION
] as const;
const replication = [
  awsS3ReplicationDestinationRegion,
  awsDynamodbReplicaRegions,
  awsRdsReplicaRegion,
  awsBackupCopyDestinationRegion,
  azureStorageGeoReplicationPair,
  azureCosmosdbReplicaLocations,
  azureSqlGeoReplicaLocation,
  gcpSqlReplicaRegion,
  // END REPLICATION
] as const;

/** Every policy of the pack. */
export const policies = [...location, ...replication] as const;

/** The Pulumi policy pack name (`pulumi preview --policy-pack`, Pulumi Cloud). */
export const PACK_NAME = "data-location";
/** Description reported to the Pulumi CLI and Cloud. */
export const PACK_DESCRIPTION =
  "Data residency for Pulumi programs: resources, their data and their replicas stay inside allowed regions and jurisdictions on AWS, Azure and GCP.";

export type { AllowedRegions, DataLocationSettings, ResidencyConfig } from "./config";
export { RESIDENCY_CONFIG } from "./config";

/**
 * The content of a `--policy-pack-config` file for the data-location pack: the pack-level
 * `settings` (allowedRegions, allowedJurisdictions) written into every policy whose schema takes
 * them, plus per-policy `policyConfig` (an enforcement level, or a level and config values) on top.
 *
 * @returns an object keyed by policy name, e.g.
 *   `{ "aws-location-allowed-region": { allowedJurisdictions: ["EU"] }, ... }`.
 * @throws PolicyDefinitionError when `policyConfig` names a policy or config key the pack lacks.
 */
export function policyPackConfigFor(
  settings: DataLocationSettings,
  policyConfig: Record<string, PolicySetting<any> | undefined> = {},
): Record<string, Record<string, unknown>> {
  return resolvePolicySettings(policies, policyConfig, settings as Record<string, unknown>);
}

/** `policyPackConfigFor` as pretty-printed JSON, ready to write to a `--policy-pack-config` file. */
export function renderPolicyPackConfig(
  settings: DataLocationSettings,
  policyConfig: Record<string, PolicySetting<any> | undefined> = {},
): string {
  return `${JSON.stringify(policyPackConfigFor(settings, policyConfig), null, 2)}\n`;
}
