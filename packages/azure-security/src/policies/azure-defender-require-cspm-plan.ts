import { azurePolicy } from "../policy";
import { checkPlan, PRICING } from "../lib/defender";

/** The Defender CSPM plan must be on: a `security:Pricing` with pricingName CloudPosture must have pricingTier Standard (Free turns it off). */
export default azurePolicy({
  name: "azure-defender-require-cspm-plan",
  description: "Microsoft Defender CSPM must be on (pricingTier Standard) where the stack configures the CloudPosture plan.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    'Set `pricingTier: "Standard"` on the security.Pricing with `pricingName: "CloudPosture"` (scopeId the subscription), which turns on attack path analysis, agentless scanning and the cloud security graph.',
  url: "https://learn.microsoft.com/en-us/azure/defender-for-cloud/tutorial-enable-cspm-plan",
  resourceTypes: [PRICING],
  validateResource: ({ props, notApplicable }, report) => checkPlan(props, report, "CloudPosture", "Defender CSPM", notApplicable),
});
