import { fixtures, unknown } from "@rampart/policy-testing";
import { APP_GATEWAY, APP_GATEWAY_BASE } from "../lib/appgw";

const POLICY = { id: "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/ApplicationGatewayWebApplicationFirewallPolicies/waf" };

export default fixtures([
  { name: "WAF_v2 gateway with a WAF policy", expect: "pass", resource: { type: APP_GATEWAY, props: { ...APP_GATEWAY_BASE, firewallPolicy: POLICY } } },
  {
    name: "WAF_v2 gateway with the legacy WAF configuration on",
    expect: "pass",
    resource: {
      type: APP_GATEWAY,
      props: {
        ...APP_GATEWAY_BASE,
        webApplicationFirewallConfiguration: { enabled: true, firewallMode: "Prevention", ruleSetType: "OWASP", ruleSetVersion: "3.2" },
      },
    },
  },
  {
    name: "Standard_v2 gateway",
    expect: "violate",
    message: 'sku.tier is "Standard_v2"',
    resource: { type: APP_GATEWAY, props: { ...APP_GATEWAY_BASE, sku: { name: "Standard_v2", tier: "Standard_v2" } } },
  },
  { name: "WAF_v2 gateway with no policy", expect: "violate", message: "neither firewallPolicy", resource: { type: APP_GATEWAY, props: APP_GATEWAY_BASE } },
  {
    name: "WAF configuration switched off",
    expect: "violate",
    message: "webApplicationFirewallConfiguration.enabled is false",
    resource: {
      type: APP_GATEWAY,
      props: {
        ...APP_GATEWAY_BASE,
        webApplicationFirewallConfiguration: { enabled: false, firewallMode: "Detection", ruleSetType: "OWASP", ruleSetVersion: "3.2" },
      },
    },
  },
  {
    name: "only sku.name WAF_v2",
    expect: "pass",
    resource: { type: APP_GATEWAY, props: { resourceGroupName: "rg", sku: { name: "WAF_v2" }, firewallPolicy: POLICY } },
  },
  {
    name: "tier unknown during preview",
    expect: "unknown",
    resource: { type: APP_GATEWAY, props: { ...APP_GATEWAY_BASE, sku: { name: "WAF_v2", tier: unknown() } } },
  },
  {
    name: "policy id unknown during preview counts as set",
    expect: "pass",
    resource: { type: APP_GATEWAY, props: { ...APP_GATEWAY_BASE, firewallPolicy: { id: unknown() } } },
  },
  {
    name: "a load balancer is not a gateway",
    expect: "not-applicable",
    resource: { type: "azure-native:network:LoadBalancer", props: { resourceGroupName: "rg" } },
  },
]);
