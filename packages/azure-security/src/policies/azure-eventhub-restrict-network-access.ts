import { azurePolicy } from "../policy";
import { checkNamespaceNetwork, namespaceType, ruleSetType } from "../lib/messaging";

/**
 * Event Hubs namespaces should not accept connections from every network: `publicNetworkAccess`
 * Disabled on the namespace, or a `eventhub:NamespaceNetworkRuleSet` for it (linked by
 * `namespaceName`) with defaultAction Deny. Stack policy, because the firewall is a separate
 * resource; advisory, because it may be managed outside the stack.
 */
export default azurePolicy({
  name: "azure-eventhub-restrict-network-access",
  description: "Event Hubs namespaces should restrict network access with private endpoints or a deny-by-default firewall.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    'Set `publicNetworkAccess: "Disabled"` on the eventhub.Namespace and use private endpoints, or add a eventhub.NamespaceNetworkRuleSet with `defaultAction: "Deny"` and `ipRules` / `virtualNetworkRules` for your networks (Premium, or Standard for IP rules).',
  url: "https://learn.microsoft.com/en-us/azure/event-hubs/event-hubs-ip-filtering",
  resourceTypes: [namespaceType("eventhub"), ruleSetType("eventhub")],
  validateStack: ({ index }, report) => checkNamespaceNetwork("eventhub", index, report),
});
