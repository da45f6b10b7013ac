import { namespaceLocalAuthPolicy } from "../lib/messaging";

/** Event Hubs namespaces must accept Microsoft Entra ID only (`disableLocalAuth`, false unless set, so SAS keys work). */
export default namespaceLocalAuthPolicy(
  "eventhub",
  "https://learn.microsoft.com/en-us/azure/event-hubs/authenticate-shared-access-signature#disable-local-or-sas-key-authentication",
);
