import { azurePolicy } from "../policy";
import { checkPlan, PRICING } from "../lib/defender";

/** The Defender for Azure SQL databases plan must be on: a `security:Pricing` with pricingName SqlServers must have pricingTier Standard (Free turns it off). */
export default azurePolicy({
  name: "azure-defender-require-sql-databases-plan",
  description: "Microsoft Defender for Azure SQL databases must be on (pricingTier Standard) where the stack configures the SqlServers plan.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    'Set `pricingTier: "Standard"` on the security.Pricing with `pricingName: "SqlServers"` (scopeId the subscription), which turns on vulnerability assessment and threat detection for Azure SQL and SQL Managed Instance.',
  url: "https://learn.microsoft.com/en-us/azure/defender-for-cloud/defender-for-sql-introduction",
  resourceTypes: [PRICING],
  validateResource: ({ props, notApplicable }, report) => checkPlan(props, report, "SqlServers", "Defender for Azure SQL databases", notApplicable),
});
