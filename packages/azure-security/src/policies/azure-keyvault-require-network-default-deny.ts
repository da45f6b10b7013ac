import { peek, requireKnown } from "@rampart/policy-core";
import { azurePolicy } from "../policy";
import { sameText } from "../lib/settings";

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
  resourceTypes: ["azure-native:keyvault:Vault"],
  validateResource: ({ props }, report) => {
    const pna = peek<string>(props, "properties.publicNetworkAccess");
    if (pna.state === "known" && sameText(pna.value, "Disabled")) return;
    const action = peek<string>(props, "properties.networkAcls.defaultAction");
    if (action.state === "unknown") requireKnown(props, "properties.networkAcls.defaultAction");
    if (action.state === "known" && sameText(action.value, "Deny")) return;
    if (pna.state === "unknown") requireKnown(props, "properties.publicNetworkAccess");
    report(
      'properties.networkAcls.defaultAction is not "Deny", so the vault accepts connections from any network. Set networkAcls.defaultAction to "Deny" with the allowed networks, or publicNetworkAccess to "Disabled".',
    );
  },
});
