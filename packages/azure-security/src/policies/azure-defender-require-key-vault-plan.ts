import { azurePolicy } from "../policy";
import { checkPlan, PRICING } from "../lib/defender";

/** The Defender for Key Vault plan must be on: a `security:Pricing` with pricingName KeyVaults must have pricingTier Standard (Free turns it off). */
export default azurePolicy({
  name: "azure-defender-require-key-vault-plan",
  description: "Microsoft Defender for Key Vault must be on (pricingTier Standard) where the stack configures the KeyVaults plan.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    'Set `pricingTier: "Standard"` on the security.Pricing with `pricingName: "KeyVaults"` (scopeId the subscription), which turns on detection of unusual access to key vaults.',
  url: "https://learn.microsoft.com/en-us/azure/defender-for-cloud/defender-for-key-vault-introduction",
  resourceTypes: [PRICING],
  validateResource: ({ props, notApplicable }, report) => checkPlan(props, report, "KeyVaults", "Defender for Key Vault", notApplicable),
});
