import { namespaceLocalAuthPolicy } from "../lib/messaging";

/** Service Bus namespaces must accept Microsoft Entra ID only (`disableLocalAuth`, false unless set, so SAS keys work). */
export default namespaceLocalAuthPolicy("servicebus", "https://learn.microsoft.com/en-us/azure/service-bus-messaging/disable-local-authentication");
