import { AZURE_GLOBAL_TYPES, checkRegion, describeAllowed, describeRegion, isResidencyConfigured, msg } from "@rampart/policy-core";
import { locationPolicy } from "../policy";
import { RESIDENCY_CONFIG, ResidencyConfig, residencyOf } from "../config";
import { AZURE_LOCATED_TYPES } from "../generated/resource-types";
import { AZURE_RESOURCE_GROUP_TYPE, azureOwnLocationOf, isAzureGlobalLocation } from "../where";

/**
 * Every Azure native resource with a `location` must be in an allowed region. Locations compare
 * after normalization (`West Europe` equals `westeurope`, any case). A resource without `location`
 * inherits its resource group's location: that is checked by the stack policy
 * azure-location-resource-group-inherited. The `global` location and global resource types (DNS,
 * Traffic Manager, Front Door, CDN) are not applicable.
 */
export default locationPolicy<"azure-location-allowed-region", ResidencyConfig>({
  name: "azure-location-allowed-region",
  description: "Azure resources must be in an allowed location (allowedRegions.azure or allowedJurisdictions).",
  remediationSteps:
    "Set `location` on the resource (or its resource group) to a region inside allowedRegions.azure or allowedJurisdictions, or change the pack's configuration if the location is allowed.",
  url: "https://learn.microsoft.com/azure/reliability/regions-list",
  resourceTypes: AZURE_LOCATED_TYPES.filter((t) => !AZURE_GLOBAL_TYPES.includes(t)),
  config: RESIDENCY_CONFIG,
  validateResource: ({ type, props, provider, config, notApplicable }, report) => {
    const settings = residencyOf(config);
    // Until the pack is configured, multi-location-require-configuration reports it once per stack.
    if (!isResidencyConfigured(settings, "azure")) return;
    const where = azureOwnLocationOf(type, props, provider);
    if (where.state === "unknown") return report.unknown(msg`the location (${where.path}) is not known yet.`);
    if (where.state === "absent") {
      if (type === AZURE_RESOURCE_GROUP_TYPE) {
        return report.advisory("location cannot be determined: the resource group has no location and its provider sets none. Set location.");
      }
      // Inherits its resource group's location: azure-location-resource-group-inherited checks it.
      return;
    }
    if (isAzureGlobalLocation(where.value)) notApplicable("location is global");
    const v = checkRegion("azure", where.value, settings);
    if (v.allowed) return;
    report(
      msg`location ${describeRegion(v)} (from ${where.source}) is outside the allowed locations (${describeAllowed("azure", settings)}). ` +
        `Set location to an allowed region${v.reason === "not-in-catalog" ? ", or list it in allowedRegions.azure" : ""}.`,
    );
  },
});
