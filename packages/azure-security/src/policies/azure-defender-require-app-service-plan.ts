import { planPolicy } from "../lib/defender";

/** The Defender for App Service plan must be on: a `security:Pricing` with pricingName AppServices must have pricingTier Standard (Free turns it off). */
export default planPolicy({
  name: "azure-defender-require-app-service-plan",
  plan: "AppServices",
  title: "Defender for App Service",
  turnsOn: "threat detection for App Service apps",
  url: "https://learn.microsoft.com/en-us/azure/defender-for-cloud/defender-for-app-service-introduction",
});
