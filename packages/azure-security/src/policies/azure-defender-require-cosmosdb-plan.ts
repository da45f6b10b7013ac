import { azurePolicy } from "../policy";
import { checkPlan, PRICING } from "../lib/defender";

/** The Defender for Azure Cosmos DB plan must be on: a `security:Pricing` with pricingName CosmosDbs must have pricingTier Standard (Free turns it off). */
export default azurePolicy({
  name: "azure-defender-require-cosmosdb-plan",
  description: "Microsoft Defender for Azure Cosmos DB must be on (pricingTier Standard) where the stack configures the CosmosDbs plan.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    'Set `pricingTier: "Standard"` on the security.Pricing with `pricingName: "CosmosDbs"` (scopeId the subscription), which turns on threat detection for Cosmos DB accounts.',
  url: "https://learn.microsoft.com/en-us/azure/defender-for-cloud/concept-defender-for-cosmos",
  resourceTypes: [PRICING],
  validateResource: ({ props, notApplicable }, report) => checkPlan(props, report, "CosmosDbs", "Defender for Azure Cosmos DB", notApplicable),
});
