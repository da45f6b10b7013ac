import { fixtures, unknown } from "@rampart/policy-testing";
import { APP_GATEWAY, APP_GATEWAY_BASE } from "../lib/appgw";

const gw = (sslPolicy: unknown) => ({ type: APP_GATEWAY, props: { ...APP_GATEWAY_BASE, sslPolicy } });

export default fixtures([
  { name: "sslPolicy omitted (API default AppGwSslPolicy20220101)", expect: "pass", resource: { type: APP_GATEWAY, props: APP_GATEWAY_BASE } },
  { name: "predefined 2022 policy", expect: "pass", resource: gw({ policyType: "Predefined", policyName: "AppGwSslPolicy20220101" }) },
  { name: "CustomV2 with TLS 1.3", expect: "pass", resource: gw({ policyType: "CustomV2", minProtocolVersion: "TLSv1_3" }) },
  {
    name: "custom policy with TLS 1.0",
    expect: "violate",
    message: 'sslPolicy.minProtocolVersion is "TLSv1_0"',
    resource: gw({ policyType: "Custom", minProtocolVersion: "TLSv1_0" }),
  },
  {
    name: "old predefined policy",
    expect: "violate",
    message: 'sslPolicy.policyName is "AppGwSslPolicy20150501"',
    resource: gw({ policyType: "Predefined", policyName: "AppGwSslPolicy20150501" }),
  },
  {
    name: "custom policy without a minimum",
    expect: "advisory",
    message: "without sslPolicy.minProtocolVersion",
    resource: gw({ policyType: "Custom", cipherSuites: [] }),
  },
  { name: "custom policy disabling TLS 1.0 and 1.1", expect: "pass", resource: gw({ policyType: "Custom", disabledSslProtocols: ["TLSv1_0", "TLSv1_1"] }) },
  { name: "minimum unknown during preview", expect: "unknown", resource: gw({ policyType: "Custom", minProtocolVersion: unknown() }) },
  {
    name: "a WAF policy is not a gateway",
    expect: "not-applicable",
    resource: { type: "azure-native:network:WebApplicationFirewallPolicy", props: { resourceGroupName: "rg" } },
  },
]);
