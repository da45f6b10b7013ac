import { planPolicy } from "../lib/defender";

/** The Defender for Resource Manager plan must be on: a `security:Pricing` with pricingName Arm must have pricingTier Standard (Free turns it off). */
export default planPolicy({
  name: "azure-defender-require-resource-manager-plan",
  plan: "Arm",
  title: "Defender for Resource Manager",
  turnsOn: "detection of suspicious Azure Resource Manager operations",
  url: "https://learn.microsoft.com/en-us/azure/defender-for-cloud/defender-for-resource-manager-introduction",
});
