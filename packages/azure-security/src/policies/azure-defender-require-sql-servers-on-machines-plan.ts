import { planPolicy } from "../lib/defender";

/** The Defender for SQL servers on machines plan must be on: a `security:Pricing` with pricingName SqlServerVirtualMachines must have pricingTier Standard (Free turns it off). */
export default planPolicy({
  name: "azure-defender-require-sql-servers-on-machines-plan",
  plan: "SqlServerVirtualMachines",
  title: "Defender for SQL servers on machines",
  turnsOn: "vulnerability assessment and threat detection for SQL Server on VMs",
  url: "https://learn.microsoft.com/en-us/azure/defender-for-cloud/defender-for-sql-usage",
});
