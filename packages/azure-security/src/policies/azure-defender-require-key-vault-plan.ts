import { planPolicy } from "../lib/defender";

/** The Defender for Key Vault plan must be on: a `security:Pricing` with pricingName KeyVaults must have pricingTier Standard (Free turns it off). */
export default planPolicy({
  name: "azure-defender-require-key-vault-plan",
  plan: "KeyVaults",
  title: "Defender for Key Vault",
  turnsOn: "detection of unusual access to key vaults",
  url: "https://learn.microsoft.com/en-us/azure/defender-for-cloud/defender-for-key-vault-introduction",
});
