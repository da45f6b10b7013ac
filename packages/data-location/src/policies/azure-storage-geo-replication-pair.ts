import {
  AZURE_GEO_REDUNDANT_SKUS,
  AZURE_REGION_PAIRS,
  checkRegion,
  describeAllowed,
  describeRegion,
  isAzureGlobalLocation,
  isResidencyConfigured,
  normalizeAzureLocation,
  peek,
  msg,
} from "@rampart/policy-core";
import { locationPolicy } from "../policy";
import { RESIDENCY_CONFIG, ResidencyConfig, residencyOf } from "../config";
import { azureLocationInStack } from "../where";

const SA = "azure-native:storage:StorageAccount";

/**
 * Geo-redundant storage accounts (SKU Standard_GRS, Standard_RAGRS, Standard_GZRS,
 * Standard_RAGZRS and the V2 variants) replicate every write to the region pair of their location
 * (pairs from the catalog). That secondary region must be allowed too. The account's location is
 * its own `location` or, when unset, its resource group's (resolved in the stack).
 */
export default locationPolicy<"azure-storage-geo-replication-pair", ResidencyConfig>({
  name: "azure-storage-geo-replication-pair",
  description: "Geo-redundant Azure storage accounts must replicate only to an allowed paired region.",
  remediationSteps:
    "Use a locally or zone-redundant SKU (Standard_LRS, Standard_ZRS) or place the account in a region whose pair is inside allowedRegions.azure or allowedJurisdictions.",
  url: "https://learn.microsoft.com/azure/storage/common/storage-redundancy",
  resourceTypes: [SA],
  tags: ["replication"],
  config: RESIDENCY_CONFIG,
  validateStack: ({ index, config, notApplicable }, report) => {
    const settings = residencyOf(config);
    if (!isResidencyConfigured(settings, "azure")) notApplicable("data residency is not configured");
    for (const r of index.ofType(SA)) {
      const sku = peek<unknown>(r.props, "sku.name");
      // SKU names compare case-insensitively, as ARM does. An unknown SKU may be geo-redundant: it
      // matters only when the pair is not allowed.
      const skuName =
        sku.state === "unknown"
          ? "a SKU not known yet (sku.name)"
          : sku.state === "known" && typeof sku.value === "string"
            ? AZURE_GEO_REDUNDANT_SKUS.find((s) => s.toLowerCase() === (sku.value as string).toLowerCase())
            : undefined;
      if (!skuName) continue;
      const w = azureLocationInStack(r, index);
      if (w.state === "unresolved") {
        report.unknown(msg`"${r.name}" uses ${skuName} but sets no location and ${w.why}, so its paired region cannot be determined.`, r.urn);
        continue;
      }
      if (w.state === "unknown") {
        report.unknown(msg`the location (${w.path}) of "${r.name}" is not known yet.`, r.urn);
        continue;
      }
      if (w.state !== "known") continue;
      if (isAzureGlobalLocation(w.value)) continue;
      const primary = normalizeAzureLocation(w.value);
      const pair = AZURE_REGION_PAIRS.get(primary);
      if (!pair) {
        const where = primary.length > 64 ? msg`${primary.slice(0, 63)}…` : primary;
        report.unknown(
          msg`"${r.name}" uses ${skuName} in "${where}", which has no region pair in rampart's catalog: its secondary region cannot be determined.`,
          r.urn,
        );
        continue;
      }
      const v = checkRegion("azure", pair, settings);
      if (v.allowed) continue;
      if (sku.state === "unknown") {
        report.unknown(
          msg`the SKU (sku.name) of "${r.name}" is not known yet: if it is geo-redundant, Azure replicates its data from "${primary}" to the paired region ${describeRegion(v)}, outside the allowed locations (${describeAllowed("azure", settings)}).`,
          r.urn,
        );
        continue;
      }
      report(
        msg`"${r.name}" uses ${skuName} in "${primary}", so Azure replicates its data to the paired region ${describeRegion(v)}, outside the allowed locations (${describeAllowed("azure", settings)}). ` +
          "Use Standard_LRS or Standard_ZRS, or a location whose pair is allowed.",
        r.urn,
      );
    }
  },
});
