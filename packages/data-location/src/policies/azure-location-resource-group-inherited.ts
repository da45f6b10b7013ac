import { AZURE_GLOBAL_TYPES, checkRegion, describeAllowed, describeRegion, isResidencyConfigured, msg } from "@rampart/policy-core";
import { locationPolicy } from "../policy";
import { RESIDENCY_CONFIG, ResidencyConfig, residencyOf } from "../config";
import { AZURE_LOCATED_TYPES } from "../generated/resource-types";
import { AZURE_RESOURCE_GROUP_TYPE, azureLocationInStack, azureOwnLocationOf, isAzureGlobalLocation } from "../where";

const TYPES = AZURE_LOCATED_TYPES.filter((t) => !AZURE_GLOBAL_TYPES.includes(t) && t !== AZURE_RESOURCE_GROUP_TYPE);

/**
 * Azure resources that set no `location` are created in their resource group's location. This
 * stack policy finds the group (the engine's property dependency of `resourceGroupName`, or a group
 * of that name in the stack) and checks the inherited location. A group outside the stack cannot
 * be placed: advisory. Resources with their own `location` are checked by
 * azure-location-allowed-region.
 */
export default locationPolicy<"azure-location-resource-group-inherited", ResidencyConfig>({
  name: "azure-location-resource-group-inherited",
  description: "Azure resources without a location must inherit an allowed location from their resource group.",
  remediationSteps:
    "Create the resource group in a location inside allowedRegions.azure or allowedJurisdictions, or set `location` on the resource explicitly to an allowed region.",
  url: "https://learn.microsoft.com/azure/azure-resource-manager/management/overview#resource-group-location",
  resourceTypes: TYPES,
  config: RESIDENCY_CONFIG,
  validateStack: ({ index, config, notApplicable }, report) => {
    const settings = residencyOf(config);
    // azure-location-allowed-region reports the missing configuration.
    if (!isResidencyConfigured(settings, "azure")) notApplicable("data residency is not configured");
    for (const r of index.ofType(...TYPES)) {
      // A location of its own (or one to be known): azure-location-allowed-region's job. No usable
      // location (absent, empty, malformed) means the resource group's, as that policy reads it too.
      if (azureOwnLocationOf(r.type, r.props, undefined).state !== "absent") continue;
      const w = azureLocationInStack(r, index);
      if (w.state === "unresolved") {
        report.unknown(msg`"${r.name}" sets no location and ${w.why}, so its location cannot be determined. Set location explicitly.`, r.urn);
        continue;
      }
      if (w.state === "unknown") {
        report.unknown(msg`"${r.name}" inherits its location from ${w.path}, which is not known yet.`, r.urn);
        continue;
      }
      if (w.state !== "known" || isAzureGlobalLocation(w.value)) continue;
      const v = checkRegion("azure", w.value, settings);
      if (v.allowed) continue;
      report(
        msg`"${r.name}" sets no location and inherits ${describeRegion(v)} from ${w.source}, outside the allowed locations (${describeAllowed("azure", settings)}). ` +
          "Move the resource group to an allowed region or set location on the resource.",
        r.urn,
      );
    }
  },
});
