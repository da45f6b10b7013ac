import { fixtures, unknown } from "@rampart/policy-testing";
import { COSMOS, COSMOS_BASE } from "../lib/data";

export default fixtures([
  { name: "metadata writes through ARM only", expect: "pass", resource: { type: COSMOS, props: { ...COSMOS_BASE, disableKeyBasedMetadataWriteAccess: true } } },
  {
    name: "account with defaults",
    expect: "violate",
    message: "disableKeyBasedMetadataWriteAccess is not set",
    resource: { type: COSMOS, props: COSMOS_BASE },
  },
  {
    name: "key-based writes allowed",
    expect: "violate",
    message: "disableKeyBasedMetadataWriteAccess is false",
    resource: { type: COSMOS, props: { ...COSMOS_BASE, disableKeyBasedMetadataWriteAccess: false } },
  },
  {
    name: "flag unknown during preview",
    expect: "unknown",
    resource: { type: COSMOS, props: { ...COSMOS_BASE, disableKeyBasedMetadataWriteAccess: unknown() } },
  },
  {
    name: "a registry is not a Cosmos DB account",
    expect: "not-applicable",
    resource: { type: "azure-native:containerregistry:Registry", props: { resourceGroupName: "rg", sku: { name: "Basic" } } },
  },
]);
