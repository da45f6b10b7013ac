import { ENVIRONMENT_CONFIG, isProduction, peek, requireKnown, msg } from "@rampart/policy-core";
import { costPolicy } from "../policy";
import { listOf } from "../lib/match";

/** Outside production, storage accounts should not pay for geo-redundant replication. */
export default costPolicy({
  name: "azure-storage-geo-redundancy-outside-production",
  description:
    "Azure storage accounts on non-production stacks use locally or zone-redundant replication; geo-redundant SKUs (GRS, RA-GRS, GZRS, RA-GZRS) roughly double the storage price.",
  severity: "low",
  remediationSteps: 'Set sku.name to "Standard_LRS" (or "Standard_ZRS") on development and test stacks; keep geo-redundancy for production data.',
  url: "https://learn.microsoft.com/azure/storage/common/storage-redundancy",
  tags: ["storage", "environment"],
  resourceTypes: ["azure-native:storage:StorageAccount"],
  config: {
    nonProductionDisallowedSkus: {
      type: "array",
      items: { type: "string" },
      description: "Storage account SKUs not allowed on non-production stacks.",
      default: ["Standard_GRS", "Standard_RAGRS", "Standard_GZRS", "Standard_RAGZRS", "StandardV2_GRS", "StandardV2_GZRS"],
    },
    ...ENVIRONMENT_CONFIG,
  },
  validateResource: ({ props, config, urn, stackTags }, report) => {
    if (isProduction({ urn, stackTags }, config)) return;
    const s = peek<string>(props, "sku.name");
    if (s.state === "unknown") return requireKnown(props, "sku.name");
    if (s.state === "known" && config.nonProductionDisallowedSkus.includes(s.value)) {
      report(
        msg`sku.name is ${JSON.stringify(s.value)} on a non-production stack (nonProductionDisallowedSkus: ${listOf(config.nonProductionDisallowedSkus)}). Use "Standard_LRS" or "Standard_ZRS".`,
      );
    }
  },
});
