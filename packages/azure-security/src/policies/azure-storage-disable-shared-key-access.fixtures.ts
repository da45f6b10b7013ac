import { fixtures, unknown } from "@rampart/policy-testing";

const SA = "azure-native:storage:StorageAccount";
const base = { resourceGroupName: "rg", kind: "StorageV2", sku: { name: "Standard_LRS" } };

export default fixtures([
  { name: "account with Shared Key access off", expect: "pass", resource: { type: SA, props: { ...base, allowSharedKeyAccess: false } } },
  {
    name: "account with Shared Key access on",
    expect: "violate",
    message: "allowSharedKeyAccess is true",
    resource: { type: SA, props: { ...base, allowSharedKeyAccess: true } },
  },
  { name: "account with defaults (null means true)", expect: "violate", message: "allowSharedKeyAccess is not set", resource: { type: SA, props: base } },
  { name: "Shared Key flag unknown during preview", expect: "unknown", resource: { type: SA, props: { ...base, allowSharedKeyAccess: unknown() } } },
  {
    name: "a queue is not an account",
    expect: "not-applicable",
    resource: { type: "azure-native:storage:Queue", props: { accountName: "a", resourceGroupName: "rg" } },
  },
]);
