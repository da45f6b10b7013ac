import { azurePolicy } from "../policy";
import { checkPlan, PRICING } from "../lib/defender";

/** The Defender for APIs plan must be on: a `security:Pricing` with pricingName Api must have pricingTier Standard (Free turns it off). */
export default azurePolicy({
  name: "azure-defender-require-apis-plan",
  description: "Microsoft Defender for APIs must be on (pricingTier Standard) where the stack configures the Api plan.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    'Set `pricingTier: "Standard"` on the security.Pricing with `pricingName: "Api"` (scopeId the subscription), which turns on threat detection for APIs published in Azure API Management.',
  url: "https://learn.microsoft.com/en-us/azure/defender-for-cloud/defender-for-apis-introduction",
  resourceTypes: [PRICING],
  validateResource: ({ props, notApplicable }, report) => checkPlan(props, report, "Api", "Defender for APIs", notApplicable),
});
