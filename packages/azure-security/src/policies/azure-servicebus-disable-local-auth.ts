import { azurePolicy } from "../policy";
import { checkLocalAuth, namespaceType } from "../lib/messaging";

/** Service Bus namespaces must accept Microsoft Entra ID only (`disableLocalAuth`, false unless set, so SAS keys work). */
export default azurePolicy({
  name: "azure-servicebus-disable-local-auth",
  description: "Service Bus namespaces must disable local (SAS key) authentication and use Microsoft Entra ID.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    "Set `disableLocalAuth: true` on the servicebus.Namespace, give applications' managed identities the Service Bus Data Sender/Receiver roles, and remove SAS connection strings.",
  url: "https://learn.microsoft.com/en-us/azure/service-bus-messaging/disable-local-authentication",
  resourceTypes: [namespaceType("servicebus")],
  validateResource: ({ props }, report) => checkLocalAuth(props, report),
});
