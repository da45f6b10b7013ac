import { azurePolicy } from "../policy";
import { VAULT } from "../lib/keyvault";
import { openByDefault } from "../lib/network-acl";

/**
 * Key vaults must not accept connections from every network: `properties.networkAcls.defaultAction`
 * Deny (omitted means Allow), unless `properties.publicNetworkAccess` is disabled (private endpoints only).
 */
export default azurePolicy({
  name: "azure-keyvault-require-network-default-deny",
  description: "Key vaults must deny network access by default and allow only selected networks or private endpoints.",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps:
    'Set `networkAcls: { defaultAction: "Deny", bypass: "AzureServices", ipRules: [...], virtualNetworkRules: [...] }` in the vault\'s properties, or `publicNetworkAccess: "Disabled"` with a private endpoint.',
  url: "https://learn.microsoft.com/en-us/azure/key-vault/general/network-security",
  resourceTypes: [VAULT],
  validateResource: ({ props }, report) => {
    if (openByDefault(props, "properties.publicNetworkAccess", "properties.networkAcls.defaultAction"))
      report(
        'properties.networkAcls.defaultAction is not "Deny", so the vault accepts connections from any network. Set networkAcls.defaultAction to "Deny" with the allowed networks, or publicNetworkAccess to "Disabled".',
      );
  },
});
