import { planPolicy } from "../lib/defender";

/** The Defender for Containers plan must be on: a `security:Pricing` with pricingName Containers must have pricingTier Standard (Free turns it off). */
export default planPolicy({
  name: "azure-defender-require-containers-plan",
  plan: "Containers",
  title: "Defender for Containers",
  turnsOn: "runtime threat detection for clusters and vulnerability assessment of registry images",
  url: "https://learn.microsoft.com/en-us/azure/defender-for-cloud/defender-for-containers-introduction",
});
