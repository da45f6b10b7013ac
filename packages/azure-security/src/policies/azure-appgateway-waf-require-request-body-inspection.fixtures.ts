import { fixtures, unknown } from "@rampart/policy-testing";
import { APP_GATEWAY, APP_GATEWAY_BASE, WAF_POLICY, WAF_POLICY_BASE } from "../lib/appgw";

export default fixtures([
  { name: "policy with defaults (inspection on)", expect: "pass", resource: { type: WAF_POLICY, props: WAF_POLICY_BASE } },
  {
    name: "inspection explicitly on",
    expect: "pass",
    resource: { type: WAF_POLICY, props: { ...WAF_POLICY_BASE, policySettings: { state: "Enabled", mode: "Prevention", requestBodyCheck: true } } },
  },
  {
    name: "inspection off",
    expect: "violate",
    message: "policySettings.requestBodyCheck is false",
    resource: { type: WAF_POLICY, props: { ...WAF_POLICY_BASE, policySettings: { state: "Enabled", mode: "Prevention", requestBodyCheck: false } } },
  },
  {
    name: "legacy gateway WAF configuration with inspection off",
    expect: "violate",
    message: "webApplicationFirewallConfiguration.requestBodyCheck is false",
    resource: {
      type: APP_GATEWAY,
      props: {
        ...APP_GATEWAY_BASE,
        webApplicationFirewallConfiguration: {
          enabled: true,
          firewallMode: "Prevention",
          ruleSetType: "OWASP",
          ruleSetVersion: "3.2",
          requestBodyCheck: false,
        },
      },
    },
  },
  { name: "gateway with a WAF policy", expect: "pass", resource: { type: APP_GATEWAY, props: APP_GATEWAY_BASE } },
  {
    name: "unknown during preview",
    expect: "unknown",
    resource: { type: WAF_POLICY, props: { ...WAF_POLICY_BASE, policySettings: { state: "Enabled", requestBodyCheck: unknown() } } },
  },
  {
    name: "a load balancer is not applicable",
    expect: "not-applicable",
    resource: { type: "azure-native:network:LoadBalancer", props: { resourceGroupName: "rg" } },
  },
]);
