import { fixtures, unknown } from "@rampart/policy-testing";
import { ACR, ACR_BASE } from "../lib/data";

export default fixtures([
  { name: "private endpoints only", expect: "pass", resource: { type: ACR, props: { ...ACR_BASE, publicNetworkAccess: "Disabled" } } },
  {
    name: "deny-by-default firewall",
    expect: "pass",
    resource: {
      type: ACR,
      props: { ...ACR_BASE, networkRuleSet: { defaultAction: "Deny", ipRules: [{ action: "Allow", iPAddressOrRange: "203.0.113.0/24" }] } },
    },
  },
  { name: "registry with defaults", expect: "violate", message: "accepts connections from every network", resource: { type: ACR, props: ACR_BASE } },
  {
    name: "firewall allowing everything by default",
    expect: "violate",
    message: "networkRuleSet.defaultAction is not Deny",
    resource: { type: ACR, props: { ...ACR_BASE, publicNetworkAccess: "Enabled", networkRuleSet: { defaultAction: "Allow" } } },
  },
  {
    name: "deny firewall with an open rule",
    expect: "violate",
    message: "allows 0.0.0.0/0",
    resource: { type: ACR, props: { ...ACR_BASE, networkRuleSet: { defaultAction: "Deny", ipRules: [{ action: "Allow", iPAddressOrRange: "0.0.0.0/0" }] } } },
  },
  { name: "public access unknown during preview", expect: "unknown", resource: { type: ACR, props: { ...ACR_BASE, publicNetworkAccess: unknown() } } },
  {
    name: "deny firewall with an open rule but public access unknown during preview",
    expect: "unknown",
    resource: {
      type: ACR,
      props: {
        ...ACR_BASE,
        publicNetworkAccess: unknown(),
        networkRuleSet: { defaultAction: "Deny", ipRules: [{ action: "Allow", iPAddressOrRange: "0.0.0.0/0" }] },
      },
    },
  },
  {
    name: "a Redis cache is not a registry",
    expect: "not-applicable",
    resource: { type: "azure-native:redis:Redis", props: { resourceGroupName: "rg", sku: { name: "Basic", family: "C", capacity: 0 } } },
  },
]);
