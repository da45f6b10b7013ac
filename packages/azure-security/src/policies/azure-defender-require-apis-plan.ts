import { planPolicy } from "../lib/defender";

/** The Defender for APIs plan must be on: a `security:Pricing` with pricingName Api must have pricingTier Standard (Free turns it off). */
export default planPolicy({
  name: "azure-defender-require-apis-plan",
  plan: "Api",
  title: "Defender for APIs",
  turnsOn: "threat detection for APIs published in Azure API Management",
  url: "https://learn.microsoft.com/en-us/azure/defender-for-cloud/defender-for-apis-introduction",
});
