import { fixtures, unknown } from "@rampart/policy-testing";
import { STORAGE_ACCOUNT as SA } from "../lib/storage";
import { STORAGE_ACCOUNT_BASE as base } from "../lib/storage.fixtures-kit";

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
