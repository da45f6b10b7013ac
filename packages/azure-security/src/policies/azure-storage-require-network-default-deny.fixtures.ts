import { fixtures, unknown } from "@rampart/policy-testing";
import { STORAGE_ACCOUNT as SA } from "../lib/storage";
import { STORAGE_ACCOUNT_BASE as base } from "../lib/storage.fixtures-kit";

export default fixtures([
  {
    name: "default action Deny with an IP rule",
    expect: "pass",
    resource: { type: SA, props: { ...base, networkRuleSet: { defaultAction: "Deny", ipRules: [{ iPAddressOrRange: "203.0.113.0/24" }] } } },
  },
  {
    name: "public network access disabled (private endpoints only)",
    expect: "pass",
    resource: { type: SA, props: { ...base, publicNetworkAccess: "Disabled" } },
  },
  {
    name: "default action Allow",
    expect: "violate",
    message: "networkRuleSet.defaultAction is Allow",
    resource: { type: SA, props: { ...base, networkRuleSet: { defaultAction: "Allow" } } },
  },
  {
    name: "no network rule set (defaults to Allow)",
    expect: "violate",
    message: "networkRuleSet.defaultAction is not set",
    resource: { type: SA, props: base },
  },
  {
    name: "public network access Enabled and default Allow",
    expect: "violate",
    message: "any network",
    resource: { type: SA, props: { ...base, publicNetworkAccess: "Enabled" } },
  },
  {
    name: "default action unknown during preview",
    expect: "unknown",
    resource: { type: SA, props: { ...base, networkRuleSet: { defaultAction: unknown() } } },
  },
  { name: "public network access unknown and default Allow", expect: "unknown", resource: { type: SA, props: { ...base, publicNetworkAccess: unknown() } } },
  {
    name: "public network access unknown but default Deny",
    expect: "pass",
    resource: { type: SA, props: { ...base, publicNetworkAccess: unknown(), networkRuleSet: { defaultAction: "Deny" } } },
  },
  {
    name: "a table is not an account",
    expect: "not-applicable",
    resource: { type: "azure-native:storage:Table", props: { accountName: "a", resourceGroupName: "rg" } },
  },
]);
