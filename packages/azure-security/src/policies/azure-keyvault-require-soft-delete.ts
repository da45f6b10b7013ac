import { azurePolicy } from "../policy";
import { checkSetting, isFalse } from "../lib/settings";

/** Key vaults must keep soft delete on (`properties.enableSoftDelete`; true by default and irreversible once on). */
export default azurePolicy({
  name: "azure-keyvault-require-soft-delete",
  description: "Key vaults must keep soft delete enabled so deleted vaults, keys and secrets can be recovered.",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps:
    "Remove `enableSoftDelete: false` from the vault's properties (soft delete is on by default) and set `softDeleteRetentionInDays` (7 to 90).",
  url: "https://learn.microsoft.com/en-us/azure/key-vault/general/soft-delete-overview",
  resourceTypes: ["azure-native:keyvault:Vault"],
  validateResource: ({ props }, report) => {
    if (checkSetting(props, "properties.enableSoftDelete", (x) => !isFalse(x), true) === "bad") {
      report("properties.enableSoftDelete is false, so deleted keys, secrets and certificates cannot be recovered. Remove the setting or set it to true.");
    }
  },
});
