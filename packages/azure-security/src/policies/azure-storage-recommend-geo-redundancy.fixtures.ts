import { fixtures, unknown } from "@rampart/policy-testing";
import { STORAGE_ACCOUNT } from "../lib/storage";

const account = (name: unknown) => ({ type: STORAGE_ACCOUNT, props: { resourceGroupName: "rg", kind: "StorageV2", sku: { name } } });

export default fixtures([
  { name: "GZRS account", expect: "pass", resource: account("Standard_GZRS") },
  { name: "RA-GRS account", expect: "pass", resource: account("Standard_RAGRS") },
  { name: "LRS account", expect: "violate", message: 'sku.name is "Standard_LRS"', resource: account("Standard_LRS") },
  { name: "ZRS account", expect: "violate", message: "one region only", resource: account("Standard_ZRS") },
  { name: "Premium account (no geo-redundant SKU)", expect: "pass", resource: account("Premium_LRS") },
  { name: "SKU unknown during preview", expect: "unknown", resource: account(unknown()) },
  {
    name: "a blob container is not an account",
    expect: "not-applicable",
    resource: { type: "azure-native:storage:BlobContainer", props: { resourceGroupName: "rg", accountName: "a" } },
  },
]);
