import { azurePolicy } from "../policy";
import { checkNamespaceNetwork, namespaceType, ruleSetType } from "../lib/messaging";

/**
 * Service Bus namespaces should not accept connections from every network: `publicNetworkAccess`
 * Disabled on the namespace, or a `servicebus:NamespaceNetworkRuleSet` for it (linked by
 * `namespaceName`) with defaultAction Deny. Stack policy, because the firewall is a separate
 * resource; advisory, because it may be managed outside the stack.
 */
export default azurePolicy({
  name: "azure-servicebus-restrict-network-access",
  description: "Service Bus namespaces should restrict network access with private endpoints or a deny-by-default firewall.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    'Set `publicNetworkAccess: "Disabled"` on the servicebus.Namespace and use private endpoints, or add a servicebus.NamespaceNetworkRuleSet with `defaultAction: "Deny"` and `ipRules` / `virtualNetworkRules` for your networks (Premium, or Standard for IP rules).',
  url: "https://learn.microsoft.com/en-us/azure/service-bus-messaging/service-bus-ip-filtering",
  resourceTypes: [namespaceType("servicebus"), ruleSetType("servicebus")],
  validateStack: ({ index }, report) => checkNamespaceNetwork("servicebus", index, report),
});
