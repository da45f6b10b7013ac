import { azurePolicy } from "../policy";
import { checkNamespaceTls, namespaceType } from "../lib/messaging";

/**
 * Event Hubs namespaces must require TLS 1.2 (`minimumTlsVersion`). Omitted, the service minimum of
 * 1.2 applies (TLS 1.0 and 1.1 are retired since 28 February 2025), so only an explicit 1.0/1.1 is
 * reported, as a stale value rather than a TLS 1.0 exposure.
 */
export default azurePolicy({
  name: "azure-eventhub-require-tls12",
  description: "Event Hubs namespaces must require TLS 1.2 or newer.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps: 'Set `minimumTlsVersion: "1.2"` on the eventhub.Namespace or remove it.',
  url: "https://learn.microsoft.com/en-us/azure/event-hubs/transport-layer-security-configure-minimum-version",
  resourceTypes: [namespaceType("eventhub")],
  validateResource: ({ props }, report) => checkNamespaceTls("eventhub", props, report),
});
