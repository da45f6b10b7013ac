import { azurePolicy } from "../policy";
import { checkPlan, PRICING } from "../lib/defender";

/** The Defender for SQL servers on machines plan must be on: a `security:Pricing` with pricingName SqlServerVirtualMachines must have pricingTier Standard (Free turns it off). */
export default azurePolicy({
  name: "azure-defender-require-sql-servers-on-machines-plan",
  description: "Microsoft Defender for SQL servers on machines must be on (pricingTier Standard) where the stack configures the SqlServerVirtualMachines plan.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    'Set `pricingTier: "Standard"` on the security.Pricing with `pricingName: "SqlServerVirtualMachines"` (scopeId the subscription), which turns on vulnerability assessment and threat detection for SQL Server on VMs.',
  url: "https://learn.microsoft.com/en-us/azure/defender-for-cloud/defender-for-sql-usage",
  resourceTypes: [PRICING],
  validateResource: ({ props, notApplicable }, report) =>
    checkPlan(props, report, "SqlServerVirtualMachines", "Defender for SQL servers on machines", notApplicable),
});
