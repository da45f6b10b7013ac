import { fixtures, unknown } from "@rampart/policy-testing";
import { STORAGE_ACCOUNT as SA } from "../lib/storage";
import { STORAGE_ACCOUNT_BASE as base } from "../lib/storage.fixtures-kit";

export default fixtures([
  {
    name: "deny by default, bypass left to its default (AzureServices)",
    expect: "pass",
    resource: { type: SA, props: { ...base, networkRuleSet: { defaultAction: "Deny" } } },
  },
  {
    name: "deny by default, bypass Logging, Metrics, AzureServices",
    expect: "pass",
    resource: { type: SA, props: { ...base, networkRuleSet: { defaultAction: "Deny", bypass: "Logging, Metrics, AzureServices" } } },
  },
  {
    name: "allow by default: nothing to bypass",
    expect: "pass",
    resource: { type: SA, props: { ...base, networkRuleSet: { defaultAction: "Allow", bypass: "None" } } },
  },
  {
    name: "deny by default, bypass None",
    expect: "violate",
    message: "does not include AzureServices",
    resource: { type: SA, props: { ...base, networkRuleSet: { defaultAction: "Deny", bypass: "None" } } },
  },
  {
    name: "bypass unknown during preview",
    expect: "unknown",
    resource: { type: SA, props: { ...base, networkRuleSet: { defaultAction: "Deny", bypass: unknown() } } },
  },
  {
    name: "a blob container is not an account",
    expect: "not-applicable",
    resource: { type: "azure-native:storage:BlobContainer", props: { accountName: "a", resourceGroupName: "rg" } },
  },
]);
