import { azurePolicy } from "../policy";
import { checkSetting, isTrue } from "../lib/settings";

/** Key vaults should have purge protection (`properties.enablePurgeProtection`; off by default, irreversible once on). */
export default azurePolicy({
  name: "azure-keyvault-require-purge-protection",
  description: "Key vaults should enable purge protection so deleted items cannot be purged before the retention period ends.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps: "Set `enablePurgeProtection: true` in the vault's properties (it cannot be turned off again; soft delete must be on).",
  url: "https://learn.microsoft.com/en-us/azure/key-vault/general/soft-delete-overview#purge-protection",
  resourceTypes: ["azure-native:keyvault:Vault"],
  validateResource: ({ props }, report) => {
    if (checkSetting(props, "properties.enablePurgeProtection", isTrue, false) !== "ok") {
      report("properties.enablePurgeProtection is not true, so a deleted vault or key can be purged at once and lost. Set enablePurgeProtection to true.");
    }
  },
});
