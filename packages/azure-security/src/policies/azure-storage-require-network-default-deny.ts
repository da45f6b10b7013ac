import { peek, requireKnown } from "@rampart/policy-core";
import { azurePolicy } from "../policy";
import { sameText } from "../lib/settings";

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
  resourceTypes: ["azure-native:storage:StorageAccount"],
  validateResource: ({ props }, report) => {
    const pna = peek<string>(props, "publicNetworkAccess");
    if (pna.state === "known" && sameText(pna.value, "Disabled")) return;
    const action = peek<string>(props, "networkRuleSet.defaultAction");
    if (action.state === "unknown") requireKnown(props, "networkRuleSet.defaultAction");
    if (action.state === "known" && sameText(action.value, "Deny")) return;
    if (pna.state === "unknown") requireKnown(props, "publicNetworkAccess");
    report(
      action.state === "absent"
        ? 'networkRuleSet.defaultAction is not set, so the account accepts connections from any network. Set networkRuleSet.defaultAction to "Deny" with the allowed networks, or publicNetworkAccess to "Disabled".'
        : 'networkRuleSet.defaultAction is Allow, so the account accepts connections from any network. Set it to "Deny" with the allowed networks, or publicNetworkAccess to "Disabled".',
    );
  },
});
