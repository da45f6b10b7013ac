import { azurePolicy } from "../policy";
import { checkSetting, sameText } from "../lib/settings";
import { SQL_SERVER } from "../lib/servers";

/** Azure SQL servers should be reachable through private endpoints only (`publicNetworkAccess` Disabled; enabled when omitted). */
export default azurePolicy({
  name: "azure-sql-disable-public-network-access",
  description: "Azure SQL servers should disable public network access and be reached through private endpoints.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    'Set `publicNetworkAccess: "Disabled"` on the server and connect through an azure-native.network.PrivateEndpoint with groupIds ["sqlServer"].',
  url: "https://learn.microsoft.com/en-us/azure/azure-sql/database/connectivity-settings#deny-public-network-access",
  resourceTypes: [SQL_SERVER],
  validateResource: ({ props }, report) => {
    if (checkSetting(props, "publicNetworkAccess", (x) => sameText(x, "Disabled"), false) !== "ok") {
      report(
        'publicNetworkAccess is not "Disabled", so the server\'s public endpoint accepts connections allowed by its firewall rules. Set publicNetworkAccess to "Disabled" and use a private endpoint.',
      );
    }
  },
});
