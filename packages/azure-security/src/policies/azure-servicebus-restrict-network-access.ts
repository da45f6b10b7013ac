import { namespaceNetworkPolicy } from "../lib/messaging";

/**
 * Service Bus namespaces should not accept connections from every network: `publicNetworkAccess`
 * Disabled on the namespace, or a `servicebus:NamespaceNetworkRuleSet` for it (linked by
 * `namespaceName`) with defaultAction Deny. Stack policy, because the firewall is a separate
 * resource; advisory, because it may be managed outside the stack.
 */
export default namespaceNetworkPolicy("servicebus", "https://learn.microsoft.com/en-us/azure/service-bus-messaging/service-bus-ip-filtering");
