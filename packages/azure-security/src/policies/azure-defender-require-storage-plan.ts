import { planPolicy } from "../lib/defender";

/** The Defender for Storage plan must be on: a `security:Pricing` with pricingName StorageAccounts must have pricingTier Standard (Free turns it off). */
export default planPolicy({
  name: "azure-defender-require-storage-plan",
  plan: "StorageAccounts",
  title: "Defender for Storage",
  turnsOn: "threat detection and malware scanning for storage accounts",
  url: "https://learn.microsoft.com/en-us/azure/defender-for-cloud/defender-for-storage-introduction",
});
