import { fixtures, unknown } from "@rampart/policy-testing";
import { STORAGE_ACCOUNT as SA } from "../lib/storage";
import { STORAGE_ACCOUNT_BASE as base } from "../lib/storage.fixtures-kit";

export default fixtures([
  { name: "public network access disabled", expect: "pass", resource: { type: SA, props: { ...base, publicNetworkAccess: "Disabled" } } },
  {
    name: "public network access enabled",
    expect: "violate",
    message: 'publicNetworkAccess is not "Disabled"',
    resource: { type: SA, props: { ...base, publicNetworkAccess: "Enabled" } },
  },
  {
    name: "secured by a network security perimeter is still not disabled",
    expect: "violate",
    message: "publicNetworkAccess",
    resource: { type: SA, props: { ...base, publicNetworkAccess: "SecuredByPerimeter" } },
  },
  { name: "account with defaults (public endpoint on)", expect: "violate", message: "publicNetworkAccess is not set", resource: { type: SA, props: base } },
  { name: "public network access unknown during preview", expect: "unknown", resource: { type: SA, props: { ...base, publicNetworkAccess: unknown() } } },
  {
    name: "a blob container is not an account",
    expect: "not-applicable",
    resource: { type: "azure-native:storage:BlobContainer", props: { accountName: "a", resourceGroupName: "rg" } },
  },
]);
