import { fixtures, unknown } from "@rampart/policy-testing";
import { COSMOS, COSMOS_BASE } from "../lib/data";

export default fixtures([
  { name: "Entra ID only", expect: "pass", resource: { type: COSMOS, props: { ...COSMOS_BASE, disableLocalAuth: true } } },
  { name: "account with defaults", expect: "violate", message: "disableLocalAuth is not set", resource: { type: COSMOS, props: COSMOS_BASE } },
  {
    name: "keys explicitly allowed",
    expect: "violate",
    message: "disableLocalAuth is false",
    resource: { type: COSMOS, props: { ...COSMOS_BASE, disableLocalAuth: false } },
  },
  { name: "flag unknown during preview", expect: "unknown", resource: { type: COSMOS, props: { ...COSMOS_BASE, disableLocalAuth: unknown() } } },
  {
    name: "a registry is not a Cosmos DB account",
    expect: "not-applicable",
    resource: { type: "azure-native:containerregistry:Registry", props: { resourceGroupName: "rg", sku: { name: "Basic" } } },
  },
]);
