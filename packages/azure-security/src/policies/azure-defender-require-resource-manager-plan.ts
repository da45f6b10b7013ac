import { azurePolicy } from "../policy";
import { checkPlan, PRICING } from "../lib/defender";

/** The Defender for Resource Manager plan must be on: a `security:Pricing` with pricingName Arm must have pricingTier Standard (Free turns it off). */
export default azurePolicy({
  name: "azure-defender-require-resource-manager-plan",
  description: "Microsoft Defender for Resource Manager must be on (pricingTier Standard) where the stack configures the Arm plan.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    'Set `pricingTier: "Standard"` on the security.Pricing with `pricingName: "Arm"` (scopeId the subscription), which turns on detection of suspicious Azure Resource Manager operations.',
  url: "https://learn.microsoft.com/en-us/azure/defender-for-cloud/defender-for-resource-manager-introduction",
  resourceTypes: [PRICING],
  validateResource: ({ props, notApplicable }, report) => checkPlan(props, report, "Arm", "Defender for Resource Manager", notApplicable),
});
