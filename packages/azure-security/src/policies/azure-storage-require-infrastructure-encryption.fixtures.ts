import { fixtures, unknown } from "@rampart/policy-testing";
import { STORAGE_ACCOUNT as SA } from "../lib/storage";
import { STORAGE_ACCOUNT_BASE as base } from "../lib/storage.fixtures-kit";

export default fixtures([
  {
    name: "infrastructure encryption on",
    expect: "pass",
    resource: { type: SA, props: { ...base, encryption: { keySource: "Microsoft.Storage", requireInfrastructureEncryption: true } } },
  },
  {
    name: "infrastructure encryption off",
    expect: "violate",
    message: "requireInfrastructureEncryption is not true",
    resource: { type: SA, props: { ...base, encryption: { requireInfrastructureEncryption: false } } },
  },
  { name: "account with defaults (off)", expect: "violate", message: "requireInfrastructureEncryption", resource: { type: SA, props: base } },
  {
    name: "flag unknown during preview",
    expect: "unknown",
    resource: { type: SA, props: { ...base, encryption: { requireInfrastructureEncryption: unknown() } } },
  },
  {
    name: "an encryption scope is not an account",
    expect: "not-applicable",
    resource: { type: "azure-native:storage:EncryptionScope", props: { accountName: "a", resourceGroupName: "rg" } },
  },
]);
