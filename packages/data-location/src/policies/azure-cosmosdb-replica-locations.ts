import { checkRegion, describeAllowed, describeRegion, isAzureGlobalLocation, isResidencyConfigured, peek, peekItems, msg } from "@rampart/policy-core";
import { locationPolicy } from "../policy";
import { listForMessage, RESIDENCY_CONFIG, ResidencyConfig, residencyOf } from "../config";

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
    const locations = peekItems<unknown>(props, "locations");
    if (locations.unknown) return report.unknown("the account's locations are not known yet.");
    const bad: string[] = [];
    let unknown = false;
    locations.known.forEach((l, i) => {
      const n = peek<unknown>(l, "locationName");
      if (n.state === "unknown") unknown = true;
      else if (n.state === "known" && typeof n.value === "string" && !isAzureGlobalLocation(n.value)) {
        const v = checkRegion("azure", n.value, settings);
        if (!v.allowed) bad.push(msg`locations[${i}].locationName ${describeRegion(v)}`);
      }
    });
    if (bad.length) {
      return report(
        msg`${listForMessage(bad)} ${bad.length > 1 ? "hold" : "holds"} a copy of the data outside the allowed locations (${describeAllowed("azure", settings)}). Remove or replace ${bad.length > 1 ? "these regions" : "this region"}.`,
      );
    }
    if (unknown) report.unknown("a location's locationName is not known yet.");
  },
});
