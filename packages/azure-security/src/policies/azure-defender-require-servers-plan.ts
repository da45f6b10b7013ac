import { azurePolicy } from "../policy";
import { checkPlan, PRICING } from "../lib/defender";

/** The Defender for Servers plan must be on: a `security:Pricing` with pricingName VirtualMachines must have pricingTier Standard (Free turns it off). */
export default azurePolicy({
  name: "azure-defender-require-servers-plan",
  description: "Microsoft Defender for Servers must be on (pricingTier Standard) where the stack configures the VirtualMachines plan.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    'Set `pricingTier: "Standard"` on the security.Pricing with `pricingName: "VirtualMachines"` (scopeId the subscription), which turns on endpoint detection and response, vulnerability assessment and threat detection for VMs.',
  url: "https://learn.microsoft.com/en-us/azure/defender-for-cloud/tutorial-enable-servers-plan",
  resourceTypes: [PRICING],
  validateResource: ({ props, notApplicable }, report) => checkPlan(props, report, "VirtualMachines", "Defender for Servers", notApplicable),
});
