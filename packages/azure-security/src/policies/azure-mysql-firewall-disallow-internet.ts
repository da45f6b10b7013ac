import { azurePolicy } from "../policy";
import { checkInternetRule } from "../lib/ip-firewall";

/** MySQL flexible firewall rules must not open the server to the internet: a `startIpAddress`–`endIpAddress` range wider than a /8 (0.0.0.0–255.255.255.255 above all). */
export default azurePolicy({
  name: "azure-mysql-firewall-disallow-internet",
  description: "MySQL flexible server firewall rules must not allow connections from the whole internet.",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps:
    "Replace the rule with rules for the specific public IP addresses of your clients, or use private access (virtual network integration) or a private endpoint.",
  url: "https://learn.microsoft.com/en-us/azure/mysql/flexible-server/concepts-networking-public",
  resourceTypes: ["azure-native:dbformysql:FirewallRule"],
  validateResource: ({ props }, report) => checkInternetRule(props, report),
});
