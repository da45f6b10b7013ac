import { planPolicy } from "../lib/defender";

/** The Defender for Azure Cosmos DB plan must be on: a `security:Pricing` with pricingName CosmosDbs must have pricingTier Standard (Free turns it off). */
export default planPolicy({
  name: "azure-defender-require-cosmosdb-plan",
  plan: "CosmosDbs",
  title: "Defender for Azure Cosmos DB",
  turnsOn: "threat detection for Cosmos DB accounts",
  url: "https://learn.microsoft.com/en-us/azure/defender-for-cloud/concept-defender-for-cosmos",
});
