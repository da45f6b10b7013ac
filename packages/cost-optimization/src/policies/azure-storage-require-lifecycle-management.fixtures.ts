import { fixtures, unknown } from "@rampart/policy-testing";

const SA = "azure-native:storage:StorageAccount";
const MP = "azure-native:storage:ManagementPolicy";
const POLICY = {
  rules: [{ name: "cool", enabled: true, type: "Lifecycle", definition: { actions: { baseBlob: { tierToCool: { daysAfterModificationGreaterThan: 30 } } } } }],
};
const account = (name: string, extra: Record<string, unknown> = {}) => ({
  type: SA,
  name,
  props: { resourceGroupName: "rg", kind: "StorageV2", sku: { name: "Standard_LRS" }, ...extra },
});

export default fixtures([
  {
    name: "account with a management policy linked by name",
    expect: "pass",
    resources: [
      account("data", { accountName: "data123" }),
      { type: MP, name: "data-lc", props: { resourceGroupName: "rg", accountName: "data123", managementPolicyName: "default", policy: POLICY } },
    ],
  },
  {
    name: "account with a management policy linked by property dependency during preview",
    expect: "pass",
    resources: [
      account("data"),
      {
        type: MP,
        name: "data-lc",
        props: { resourceGroupName: "rg", accountName: unknown(), policy: POLICY },
        propertyDependencies: { accountName: ["data"] },
      },
    ],
  },
  { name: "file share account", expect: "pass", resources: [account("files", { kind: "FileStorage", sku: { name: "Premium_LRS" } })] },
  {
    name: "account without a management policy",
    expect: "violate",
    target: "data",
    message: 'Storage account "data" has no lifecycle management policy',
    resources: [account("data", { accountName: "data123" })],
  },
  {
    name: "management policy whose account cannot be resolved",
    expect: "unknown",
    resources: [
      account("data", { accountName: "data123" }),
      { type: MP, name: "lc", props: { resourceGroupName: "rg", accountName: unknown(), policy: POLICY } },
    ],
  },
]);
