import { azurePolicy } from "../policy";
import { checkPlan, PRICING } from "../lib/defender";

/** The Defender for open-source relational databases plan must be on: a `security:Pricing` with pricingName OpenSourceRelationalDatabases must have pricingTier Standard (Free turns it off). */
export default azurePolicy({
  name: "azure-defender-require-open-source-databases-plan",
  description:
    "Microsoft Defender for open-source relational databases must be on (pricingTier Standard) where the stack configures the OpenSourceRelationalDatabases plan.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    'Set `pricingTier: "Standard"` on the security.Pricing with `pricingName: "OpenSourceRelationalDatabases"` (scopeId the subscription), which turns on threat detection for PostgreSQL, MySQL and MariaDB servers.',
  url: "https://learn.microsoft.com/en-us/azure/defender-for-cloud/defender-for-databases-introduction",
  resourceTypes: [PRICING],
  validateResource: ({ props, notApplicable }, report) =>
    checkPlan(props, report, "OpenSourceRelationalDatabases", "Defender for open-source relational databases", notApplicable),
});
