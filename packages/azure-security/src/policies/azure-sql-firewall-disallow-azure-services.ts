import { azurePolicy } from "../policy";
import { checkAzureServicesRule } from "../lib/ip-firewall";

/** Azure SQL servers should not let every Azure service connect: the special firewall rule from 0.0.0.0 to 0.0.0.0 also admits other customers' Azure resources. */
export default azurePolicy({
  name: "azure-sql-firewall-disallow-azure-services",
  description: "Azure SQL servers should not allow connections from all Azure services (the 0.0.0.0 firewall rule).",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    "Remove the firewall rule from 0.0.0.0 to 0.0.0.0 and give the Azure workloads that need the server a virtual network rule or a private endpoint, or rules for their outbound addresses.",
  url: "https://learn.microsoft.com/en-us/azure/azure-sql/database/firewall-configure",
  resourceTypes: ["azure-native:sql:FirewallRule"],
  validateResource: ({ props }, report) => checkAzureServicesRule(props, report),
});
