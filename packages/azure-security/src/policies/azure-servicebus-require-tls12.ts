import { azurePolicy } from "../policy";
import { checkNamespaceTls, namespaceType } from "../lib/messaging";

/**
 * Service Bus namespaces must require TLS 1.2 (`minimumTlsVersion`). Omitted, the service minimum of
 * 1.2 applies (TLS 1.0 and 1.1 are retired since 28 February 2025), so only an explicit 1.0/1.1 is
 * reported, as a stale value rather than a TLS 1.0 exposure.
 */
export default azurePolicy({
  name: "azure-servicebus-require-tls12",
  description: "Service Bus namespaces must require TLS 1.2 or newer.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps: 'Set `minimumTlsVersion: "1.2"` on the servicebus.Namespace or remove it.',
  url: "https://learn.microsoft.com/en-us/azure/service-bus-messaging/transport-layer-security-configure-minimum-version",
  resourceTypes: [namespaceType("servicebus")],
  validateResource: ({ props }, report) => checkNamespaceTls("servicebus", props, report),
});
