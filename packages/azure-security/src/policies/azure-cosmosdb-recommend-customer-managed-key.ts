import { azurePolicy } from "../policy";
import { checkSet } from "../lib/checks";
import { COSMOS } from "../lib/data";

/**
 * Cosmos DB accounts holding sensitive data should be encrypted with a customer-managed key
 * (`keyVaultKeyUri`). Data is always encrypted with service-managed keys, hence advisory and low.
 */
export default azurePolicy({
  name: "azure-cosmosdb-recommend-customer-managed-key",
  description: "Cosmos DB accounts should encrypt data at rest with a customer-managed key from Key Vault.",
  severity: "low",
  enforcementLevel: "advisory",
  remediationSteps:
    "Set `keyVaultKeyUri` to a Key Vault key URI (with purge protection on the vault) and `defaultIdentity` to an identity with wrap/unwrap permission on the key; it can only be set when the account is created or by migration.",
  url: "https://learn.microsoft.com/en-us/azure/cosmos-db/how-to-setup-customer-managed-keys",
  resourceTypes: [COSMOS],
  validateResource: ({ props }, report) => {
    checkSet(props, report, "keyVaultKeyUri", "data is encrypted with service-managed keys only. Set keyVaultKeyUri to a Key Vault key.");
  },
});
