import { planPolicy } from "../lib/defender";

/** The Defender CSPM plan must be on: a `security:Pricing` with pricingName CloudPosture must have pricingTier Standard (Free turns it off). */
export default planPolicy({
  name: "azure-defender-require-cspm-plan",
  plan: "CloudPosture",
  title: "Defender CSPM",
  turnsOn: "attack path analysis, agentless scanning and the cloud security graph",
  url: "https://learn.microsoft.com/en-us/azure/defender-for-cloud/tutorial-enable-cspm-plan",
});
