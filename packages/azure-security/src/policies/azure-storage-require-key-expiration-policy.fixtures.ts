import { fixtures, unknown } from "@rampart/policy-testing";

const SA = "azure-native:storage:StorageAccount";
const base = { resourceGroupName: "rg", kind: "StorageV2", sku: { name: "Standard_LRS" } };

export default fixtures([
  { name: "key expiration after 90 days", expect: "pass", resource: { type: SA, props: { ...base, keyPolicy: { keyExpirationPeriodInDays: 90 } } } },
  {
    name: "account with defaults (no reminder)",
    expect: "violate",
    message: "keyPolicy.keyExpirationPeriodInDays is not set",
    resource: { type: SA, props: base },
  },
  {
    name: "expiration period unknown during preview",
    expect: "unknown",
    resource: { type: SA, props: { ...base, keyPolicy: { keyExpirationPeriodInDays: unknown() } } },
  },
  {
    name: "a file share is not an account",
    expect: "not-applicable",
    resource: { type: "azure-native:storage:FileShare", props: { accountName: "a", resourceGroupName: "rg" } },
  },
]);
