import { azurePolicy } from "../policy";
import { checkSetting, sameText } from "../lib/settings";

/** The TDE protector of an Azure SQL server should be a customer-managed key (`sql:EncryptionProtector` `serverKeyType` AzureKeyVault; service-managed by default). */
export default azurePolicy({
  name: "azure-sql-tde-require-customer-managed-key",
  description: "Azure SQL servers should protect transparent data encryption with a customer-managed key in Key Vault when required.",
  severity: "low",
  enforcementLevel: "advisory",
  remediationSteps:
    'Add an azure-native.sql.ServerKey for a Key Vault key and set the EncryptionProtector to `serverKeyType: "AzureKeyVault"` with that `serverKeyName` (and `autoRotationEnabled: true`); turn the policy off where service-managed keys are acceptable.',
  url: "https://learn.microsoft.com/en-us/azure/azure-sql/database/transparent-data-encryption-byok-overview",
  resourceTypes: ["azure-native:sql:EncryptionProtector"],
  validateResource: ({ props }, report) => {
    if (checkSetting(props, "serverKeyType", (x) => sameText(x, "AzureKeyVault"), false) !== "ok") {
      report(
        'serverKeyType is not "AzureKeyVault", so the TDE protector is a service-managed key. Use a customer-managed key where your requirements ask for one.',
      );
    }
  },
});
