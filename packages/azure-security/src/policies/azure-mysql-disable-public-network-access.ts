import { azurePolicy } from "../policy";
import { checkFlexiblePublicAccess } from "../lib/servers";

/**
 * MySQL flexible servers should not be reachable from public networks: `network.publicNetworkAccess`
 * Disabled, or private access (a `network.delegatedSubnetResourceId`, which rules public access out).
 * Public access is on when neither is set.
 */
export default azurePolicy({
  name: "azure-mysql-disable-public-network-access",
  description: "MySQL flexible servers should disable public network access and use private access or private endpoints.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    'Set `network: { publicNetworkAccess: "Disabled" }` and connect through a private endpoint, or deploy the server with private access (`network.delegatedSubnetResourceId` and `network.privateDnsZoneResourceId`).',
  url: "https://learn.microsoft.com/en-us/azure/mysql/flexible-server/concepts-networking-public",
  resourceTypes: ["azure-native:dbformysql:Server"],
  validateResource: ({ props }, report) => checkFlexiblePublicAccess(props, report),
});
