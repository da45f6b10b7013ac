import { isAzureGlobalLocation, isResidencyConfigured, msg } from "@rampart/policy-core";
import { locationPolicy } from "../policy";
import { RESIDENCY_CONFIG, ResidencyConfig, residencyOf } from "../config";
import { checkReplicaList } from "../lib/replicas";

/**
 * Every region of a Cosmos DB account (`locations[].locationName`: the write region and each
 * geo-replica) holds a full copy of the data and must be allowed. Names compare after
 * normalization (`West Europe` equals `westeurope`).
 */
export default locationPolicy<"azure-cosmosdb-replica-locations", ResidencyConfig>({
  name: "azure-cosmosdb-replica-locations",
  description: "Cosmos DB accounts must replicate data only to allowed regions.",
  remediationSteps: "Remove the region from the account's `locations`, or replace it with a region inside allowedRegions.azure or allowedJurisdictions.",
  url: "https://learn.microsoft.com/azure/cosmos-db/distribute-data-globally",
  resourceTypes: ["azure-native:cosmosdb:DatabaseAccount"],
  tags: ["replication"],
  config: RESIDENCY_CONFIG,
  validateResource: ({ props, config, notApplicable }, report) => {
    const settings = residencyOf(config);
    if (!isResidencyConfigured(settings, "azure")) notApplicable("data residency is not configured");
    checkReplicaList(
      props,
      settings,
      {
        cloud: "azure",
        list: "locations",
        field: "locationName",
        skip: isAzureGlobalLocation,
        listUnknown: "the account's locations are not known yet.",
        itemUnknown: "a location's locationName is not known yet.",
        finding: (items, n, allowed) =>
          msg`${items} ${n > 1 ? "hold" : "holds"} a copy of the data outside the allowed locations (${allowed}). Remove or replace ${n > 1 ? "these regions" : "this region"}.`,
      },
      report,
    );
  },
});
