import { azurePolicy } from "../policy";
import { checkSetting, sameText } from "../lib/settings";

/** Storage accounts holding sensitive data should be encrypted with a customer-managed key (`encryption.keySource` Microsoft.Keyvault; Microsoft-managed by default). */
export default azurePolicy({
  name: "azure-storage-require-customer-managed-key",
  description: "Storage accounts should encrypt data at rest with a customer-managed key in Key Vault when required.",
  severity: "low",
  enforcementLevel: "advisory",
  remediationSteps:
    'Set `encryption: { keySource: "Microsoft.Keyvault", keyVaultProperties: { keyName, keyVaultUri }, identity: {...} }` with a managed identity that can use the key; turn the policy off for accounts that do not need customer-managed keys.',
  url: "https://learn.microsoft.com/en-us/azure/storage/common/customer-managed-keys-overview",
  resourceTypes: ["azure-native:storage:StorageAccount"],
  validateResource: ({ props }, report) => {
    if (checkSetting(props, "encryption.keySource", (x) => sameText(x, "Microsoft.Keyvault"), false) !== "ok") {
      report(
        'encryption.keySource is not "Microsoft.Keyvault", so data is encrypted with Microsoft-managed keys. Use a customer-managed key where your requirements ask for one.',
      );
    }
  },
});
