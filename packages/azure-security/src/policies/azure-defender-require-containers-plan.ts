import { azurePolicy } from "../policy";
import { checkPlan, PRICING } from "../lib/defender";

/** The Defender for Containers plan must be on: a `security:Pricing` with pricingName Containers must have pricingTier Standard (Free turns it off). */
export default azurePolicy({
  name: "azure-defender-require-containers-plan",
  description: "Microsoft Defender for Containers must be on (pricingTier Standard) where the stack configures the Containers plan.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    'Set `pricingTier: "Standard"` on the security.Pricing with `pricingName: "Containers"` (scopeId the subscription), which turns on runtime threat detection for clusters and vulnerability assessment of registry images.',
  url: "https://learn.microsoft.com/en-us/azure/defender-for-cloud/defender-for-containers-introduction",
  resourceTypes: [PRICING],
  validateResource: ({ props, notApplicable }, report) => checkPlan(props, report, "Containers", "Defender for Containers", notApplicable),
});
