import { azurePolicy } from "../policy";
import { checkInternetRule } from "../lib/ip-firewall";

/** PostgreSQL flexible firewall rules must not open the server to the internet: a `startIpAddress`–`endIpAddress` range wider than a /8 (0.0.0.0–255.255.255.255 above all). */
export default azurePolicy({
  name: "azure-postgresql-firewall-disallow-internet",
  description: "PostgreSQL flexible server firewall rules must not allow connections from the whole internet.",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps:
    "Replace the rule with rules for the specific public IP addresses of your clients, or use private access (virtual network integration) or a private endpoint.",
  url: "https://learn.microsoft.com/en-us/azure/postgresql/flexible-server/concepts-firewall-rules",
  resourceTypes: ["azure-native:dbforpostgresql:FirewallRule"],
  validateResource: ({ props }, report) => checkInternetRule(props, report),
});
