import { fixtures, unknown } from "@rampart/policy-testing";

const SA = "azure-native:storage:StorageAccount";
const base = { resourceGroupName: "rg", kind: "StorageV2", sku: { name: "Standard_LRS" } };

export default fixtures([
  { name: "account with defaults (anonymous access off)", expect: "pass", resource: { type: SA, props: base } },
  { name: "account with allowBlobPublicAccess false", expect: "pass", resource: { type: SA, props: { ...base, allowBlobPublicAccess: false } } },
  {
    name: "account that allows anonymous blob access",
    expect: "violate",
    message: "allowBlobPublicAccess is true",
    resource: { type: SA, props: { ...base, allowBlobPublicAccess: true } },
  },
  { name: "public access flag unknown during preview", expect: "unknown", resource: { type: SA, props: { ...base, allowBlobPublicAccess: unknown() } } },
  {
    name: "a file share is not an account",
    expect: "not-applicable",
    resource: { type: "azure-native:storage:FileShare", props: { accountName: "a", resourceGroupName: "rg" } },
  },
]);
