import { fixtures, unknown } from "@rampart/policy-testing";
import { STORAGE_ACCOUNT as SA } from "../lib/storage";
import { STORAGE_ACCOUNT_BASE as base } from "../lib/storage.fixtures-kit";

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
