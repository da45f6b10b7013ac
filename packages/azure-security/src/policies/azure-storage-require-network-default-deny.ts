import { azurePolicy } from "../policy";
import { openByDefault } from "../lib/network-acl";
import { STORAGE_ACCOUNT } from "../lib/storage";

/**
 * Storage accounts must not accept connections from every network: `networkRuleSet.defaultAction`
 * Deny (omitted means Allow), unless `publicNetworkAccess` is Disabled (then only private endpoints reach it).
 */
export default azurePolicy({
  name: "azure-storage-require-network-default-deny",
  description: "Storage accounts must deny network access by default and allow only selected networks or private endpoints.",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps:
    'Set `networkRuleSet: { defaultAction: "Deny", ipRules: [...], virtualNetworkRules: [...] }` with the networks that need access, or `publicNetworkAccess: "Disabled"` and reach the account through private endpoints.',
  url: "https://learn.microsoft.com/en-us/azure/storage/common/storage-network-security",
  resourceTypes: [STORAGE_ACCOUNT],
  validateResource: ({ props }, report) => {
    const open = openByDefault(props, "publicNetworkAccess", "networkRuleSet.defaultAction");
    if (!open) return;
    report(
      open === "absent"
        ? 'networkRuleSet.defaultAction is not set, so the account accepts connections from any network. Set networkRuleSet.defaultAction to "Deny" with the allowed networks, or publicNetworkAccess to "Disabled".'
        : 'networkRuleSet.defaultAction is Allow, so the account accepts connections from any network. Set it to "Deny" with the allowed networks, or publicNetworkAccess to "Disabled".',
    );
  },
});
