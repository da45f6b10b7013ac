import { azurePolicy } from "../policy";
import { checkPlan, PRICING } from "../lib/defender";

/** The Defender for App Service plan must be on: a `security:Pricing` with pricingName AppServices must have pricingTier Standard (Free turns it off). */
export default azurePolicy({
  name: "azure-defender-require-app-service-plan",
  description: "Microsoft Defender for App Service must be on (pricingTier Standard) where the stack configures the AppServices plan.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    'Set `pricingTier: "Standard"` on the security.Pricing with `pricingName: "AppServices"` (scopeId the subscription), which turns on threat detection for App Service apps.',
  url: "https://learn.microsoft.com/en-us/azure/defender-for-cloud/defender-for-app-service-introduction",
  resourceTypes: [PRICING],
  validateResource: ({ props, notApplicable }, report) => checkPlan(props, report, "AppServices", "Defender for App Service", notApplicable),
});
