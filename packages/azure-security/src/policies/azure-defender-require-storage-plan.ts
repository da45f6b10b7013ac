import { azurePolicy } from "../policy";
import { checkPlan, PRICING } from "../lib/defender";

/** The Defender for Storage plan must be on: a `security:Pricing` with pricingName StorageAccounts must have pricingTier Standard (Free turns it off). */
export default azurePolicy({
  name: "azure-defender-require-storage-plan",
  description: "Microsoft Defender for Storage must be on (pricingTier Standard) where the stack configures the StorageAccounts plan.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    'Set `pricingTier: "Standard"` on the security.Pricing with `pricingName: "StorageAccounts"` (scopeId the subscription), which turns on threat detection and malware scanning for storage accounts.',
  url: "https://learn.microsoft.com/en-us/azure/defender-for-cloud/defender-for-storage-introduction",
  resourceTypes: [PRICING],
  validateResource: ({ props, notApplicable }, report) => checkPlan(props, report, "StorageAccounts", "Defender for Storage", notApplicable),
});
