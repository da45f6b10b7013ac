import { msg, peek, requireKnown, show } from "@rampart/policy-core";
import { azurePolicy } from "../policy";
import { STORAGE_ACCOUNT } from "../lib/storage";

const GEO = new Set(["standard_grs", "standard_ragrs", "standard_gzrs", "standard_ragzrs"]);

/**
 * Storage accounts holding critical data should replicate to a secondary region (GRS, RA-GRS,
 * GZRS, RA-GZRS). Advisory and low: which accounts are critical is the owner's call. Premium
 * accounts offer no geo-redundant SKU, so they are not judged.
 */
export default azurePolicy({
  name: "azure-storage-recommend-geo-redundancy",
  description: "Storage accounts with critical data use a geo-redundant SKU (Standard_GRS, Standard_RAGRS, Standard_GZRS or Standard_RAGZRS).",
  severity: "low",
  enforcementLevel: "advisory",
  remediationSteps:
    'Set `sku: { name: "Standard_GZRS" }` (or Standard_GRS / Standard_RAGRS / Standard_RAGZRS) on storage accounts whose data must survive a regional outage.',
  url: "https://learn.microsoft.com/en-us/azure/storage/common/storage-redundancy",
  resourceTypes: [STORAGE_ACCOUNT],
  validateResource: ({ props, notApplicable }, report) => {
    const sku = peek<unknown>(props, "sku.name");
    if (sku.state === "unknown") return requireKnown(props, "sku.name");
    if (sku.state === "absent") return; // sku is required by the API
    if (typeof sku.value === "string" && /^premium_/i.test(sku.value)) notApplicable("Premium storage offers no geo-redundant SKU");
    if (typeof sku.value === "string" && GEO.has(sku.value.toLowerCase())) return;
    report(
      msg`sku.name is ${show(sku.value)}: the data is kept in one region only and is unavailable or lost in a regional outage. Use a geo-redundant SKU (Standard_GZRS or Standard_GRS) for critical accounts.`,
    );
  },
});
