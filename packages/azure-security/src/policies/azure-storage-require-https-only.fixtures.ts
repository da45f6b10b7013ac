import { fixtures, unknown } from "@rampart/policy-testing";

const SA = "azure-native:storage:StorageAccount";
const base = { resourceGroupName: "rg", kind: "StorageV2", sku: { name: "Standard_LRS" } };

export default fixtures([
  { name: "account with defaults (HTTPS only since API 2019-04-01)", expect: "pass", resource: { type: SA, props: base } },
  { name: "account with enableHttpsTrafficOnly true", expect: "pass", resource: { type: SA, props: { ...base, enableHttpsTrafficOnly: true } } },
  {
    name: "account that accepts HTTP",
    expect: "violate",
    message: "enableHttpsTrafficOnly is false",
    resource: { type: SA, props: { ...base, enableHttpsTrafficOnly: false } },
  },
  { name: "HTTPS-only flag unknown during preview", expect: "unknown", resource: { type: SA, props: { ...base, enableHttpsTrafficOnly: unknown() } } },
  {
    name: "a blob container is not an account",
    expect: "not-applicable",
    resource: { type: "azure-native:storage:BlobContainer", props: { accountName: "a", resourceGroupName: "rg" } },
  },
]);
