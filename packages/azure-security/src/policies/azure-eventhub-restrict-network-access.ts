import { namespaceNetworkPolicy } from "../lib/messaging";

/**
 * Event Hubs namespaces should not accept connections from every network: `publicNetworkAccess`
 * Disabled on the namespace, or a `eventhub:NamespaceNetworkRuleSet` for it (linked by
 * `namespaceName`) with defaultAction Deny. Stack policy, because the firewall is a separate
 * resource; advisory, because it may be managed outside the stack.
 */
export default namespaceNetworkPolicy("eventhub", "https://learn.microsoft.com/en-us/azure/event-hubs/event-hubs-ip-filtering");
