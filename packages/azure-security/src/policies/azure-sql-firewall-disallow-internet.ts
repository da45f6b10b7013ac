import { azurePolicy } from "../policy";
import { checkInternetRule } from "../lib/ip-firewall";

/** Azure SQL firewall rules must not open the server to the internet: a `startIpAddress`–`endIpAddress` range wider than a /8 (0.0.0.0–255.255.255.255 above all). */
export default azurePolicy({
  name: "azure-sql-firewall-disallow-internet",
  description: "Azure SQL server firewall rules must not allow connections from the whole internet.",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps: "Replace the rule with rules for the specific public IP addresses of your clients, or use a virtual network rule or a private endpoint.",
  url: "https://learn.microsoft.com/en-us/azure/azure-sql/database/firewall-configure",
  resourceTypes: ["azure-native:sql:FirewallRule"],
  validateResource: ({ props }, report) => checkInternetRule(props, report),
});
