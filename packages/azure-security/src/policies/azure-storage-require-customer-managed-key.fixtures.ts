import { fixtures, unknown } from "@rampart/policy-testing";
import { STORAGE_ACCOUNT as SA } from "../lib/storage";
import { STORAGE_ACCOUNT_BASE as base } from "../lib/storage.fixtures-kit";

export default fixtures([
  {
    name: "customer-managed key in Key Vault",
    expect: "pass",
    resource: {
      type: SA,
      props: { ...base, encryption: { keySource: "Microsoft.Keyvault", keyVaultProperties: { keyName: "k", keyVaultUri: "https://v.vault.azure.net" } } },
    },
  },
  { name: "key source spelled in another case", expect: "pass", resource: { type: SA, props: { ...base, encryption: { keySource: "microsoft.keyvault" } } } },
  {
    name: "Microsoft-managed keys",
    expect: "violate",
    message: "Microsoft-managed keys",
    resource: { type: SA, props: { ...base, encryption: { keySource: "Microsoft.Storage" } } },
  },
  { name: "account with defaults", expect: "violate", message: "encryption.keySource", resource: { type: SA, props: base } },
  { name: "key source unknown during preview", expect: "unknown", resource: { type: SA, props: { ...base, encryption: { keySource: unknown() } } } },
  {
    name: "a queue is not an account",
    expect: "not-applicable",
    resource: { type: "azure-native:storage:Queue", props: { accountName: "a", resourceGroupName: "rg" } },
  },
]);
