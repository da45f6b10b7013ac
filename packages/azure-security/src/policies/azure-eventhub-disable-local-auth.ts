import { azurePolicy } from "../policy";
import { checkLocalAuth, namespaceType } from "../lib/messaging";

/** Event Hubs namespaces must accept Microsoft Entra ID only (`disableLocalAuth`, false unless set, so SAS keys work). */
export default azurePolicy({
  name: "azure-eventhub-disable-local-auth",
  description: "Event Hubs namespaces must disable local (SAS key) authentication and use Microsoft Entra ID.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    "Set `disableLocalAuth: true` on the eventhub.Namespace, give applications' managed identities the Event Hubs Data Sender/Receiver roles, and remove SAS connection strings.",
  url: "https://learn.microsoft.com/en-us/azure/event-hubs/authenticate-shared-access-signature#disable-local-or-sas-key-authentication",
  resourceTypes: [namespaceType("eventhub")],
  validateResource: ({ props }, report) => checkLocalAuth(props, report),
});
