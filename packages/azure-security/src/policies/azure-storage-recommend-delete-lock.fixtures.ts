import { fixtures, unknown } from "@rampart/policy-testing";
import { LOCK_AT_RESOURCE, LOCK_AT_RESOURCE_GROUP, LOCK_BY_SCOPE } from "../lib/locks";
import { STORAGE_ACCOUNT } from "../lib/storage";

const account = {
  type: STORAGE_ACCOUNT,
  name: "sa",
  props: { resourceGroupName: "rg", accountName: "sa01", kind: "StorageV2", sku: { name: "Standard_GRS" } },
};
const atResource = (level: unknown, resourceName: unknown = "sa01") => ({
  type: LOCK_AT_RESOURCE,
  name: "lock",
  props: {
    apiVersion: "2023-05-01",
    level,
    parentResourcePath: "",
    resourceGroupName: "rg",
    resourceName,
    resourceProviderNamespace: "Microsoft.Storage",
    resourceType: "storageAccounts",
  },
});

export default fixtures([
  { name: "CanNotDelete lock on the account by name", expect: "pass", resources: [account, atResource("CanNotDelete")] },
  {
    name: "lock by scope linked by property dependency",
    expect: "pass",
    resources: [account, { type: LOCK_BY_SCOPE, name: "lock", props: { level: "CanNotDelete", scope: unknown() }, propertyDependencies: { scope: ["sa"] } }],
  },
  {
    name: "ReadOnly lock by scope with the account id",
    expect: "pass",
    resources: [
      account,
      {
        type: LOCK_BY_SCOPE,
        name: "lock",
        props: { level: "ReadOnly", scope: "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/sa01" },
      },
    ],
  },
  {
    name: "resource group lock",
    expect: "pass",
    resources: [account, { type: LOCK_AT_RESOURCE_GROUP, name: "lock", props: { level: "CanNotDelete", resourceGroupName: "RG" } }],
  },
  {
    name: "account without a lock",
    expect: "violate",
    target: "sa",
    message: "No CanNotDelete or ReadOnly lock in the stack protects this storage account",
    resources: [account],
  },
  { name: "lock of another account", expect: "violate", target: "sa", message: "No CanNotDelete", resources: [account, atResource("CanNotDelete", "other")] },
  { name: "NotSpecified lock level", expect: "violate", target: "sa", message: "No CanNotDelete", resources: [account, atResource("NotSpecified")] },
  {
    name: "lock of another resource group",
    expect: "violate",
    target: "sa",
    resources: [account, { type: LOCK_AT_RESOURCE_GROUP, name: "lock", props: { level: "CanNotDelete", resourceGroupName: "other" } }],
  },
  { name: "lock level unknown during preview", expect: "unknown", resources: [account, atResource(unknown())] },
  {
    name: "lock scope unknown during preview, no dependency",
    expect: "unknown",
    resources: [account, { type: LOCK_BY_SCOPE, name: "lock", props: { level: "CanNotDelete", scope: unknown() } }],
  },
  {
    name: "no storage account in the stack",
    expect: "not-applicable",
    resources: [{ type: "azure-native:network:VirtualNetwork", name: "vnet", props: { resourceGroupName: "rg" } }],
  },
]);
