import { fixtures, unknown } from "@rampart/policy-testing";

const ACCOUNT = "azure-native:cosmosdb:DatabaseAccount";
const EU = { allowedJurisdictions: ["EU"] };
const account = (...names: unknown[]) => ({
  resourceGroupName: "rg",
  databaseAccountOfferType: "Standard",
  locations: names.map((locationName, failoverPriority) => ({ locationName, failoverPriority })),
});

export default fixtures([
  { name: "West Europe and North Europe", expect: "pass", config: EU, resource: { type: ACCOUNT, props: account("West Europe", "northeurope") } },
  {
    name: "a geo-replica in East US",
    expect: "violate",
    config: EU,
    message: 'locations[1].locationName "eastus" (East US, US)',
    resource: { type: ACCOUNT, props: account("westeurope", "East US") },
  },
  {
    name: "a geo-replica in Norway East (NO is not EU)",
    expect: "violate",
    config: EU,
    message: '"norwayeast" (Norway East, NO)',
    resource: { type: ACCOUNT, props: account("swedencentral", "norwayeast") },
  },
  {
    name: "Norway allowed",
    expect: "pass",
    config: { allowedJurisdictions: ["EU", "NO"] },
    resource: { type: ACCOUNT, props: account("swedencentral", "Norway East") },
  },
  { name: "not configured: left to azure-location-allowed-region", expect: "pass", resource: { type: ACCOUNT, props: account("eastus") } },
  { name: "replica location unknown during preview", expect: "unknown", config: EU, resource: { type: ACCOUNT, props: account("westeurope", unknown()) } },
]);
