import { fixtures, unknown } from "@rampart/policy-testing";

const SA = "azure-native:storage:StorageAccount";
const base = { resourceGroupName: "rg", kind: "StorageV2", sku: { name: "Standard_LRS" } };

export default fixtures([
  { name: "defaults to Entra authorization", expect: "pass", resource: { type: SA, props: { ...base, defaultToOAuthAuthentication: true } } },
  {
    name: "account with defaults (access key in the portal)",
    expect: "violate",
    message: "defaultToOAuthAuthentication is not true",
    resource: { type: SA, props: base },
  },
  {
    name: "explicitly false",
    expect: "violate",
    message: "defaultToOAuthAuthentication",
    resource: { type: SA, props: { ...base, defaultToOAuthAuthentication: false } },
  },
  { name: "flag unknown during preview", expect: "unknown", resource: { type: SA, props: { ...base, defaultToOAuthAuthentication: unknown() } } },
  {
    name: "a table is not an account",
    expect: "not-applicable",
    resource: { type: "azure-native:storage:Table", props: { accountName: "a", resourceGroupName: "rg" } },
  },
]);
