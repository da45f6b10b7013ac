import { fixtures, unknown } from "@rampart/policy-testing";
import { APP_GATEWAY, APP_GATEWAY_BASE } from "../lib/appgw";

export default fixtures([
  { name: "HTTP/2 on", expect: "pass", resource: { type: APP_GATEWAY, props: { ...APP_GATEWAY_BASE, enableHttp2: true } } },
  { name: "default (off)", expect: "violate", message: "enableHttp2 is not set", resource: { type: APP_GATEWAY, props: APP_GATEWAY_BASE } },
  {
    name: "explicitly off",
    expect: "violate",
    message: "enableHttp2 is false",
    resource: { type: APP_GATEWAY, props: { ...APP_GATEWAY_BASE, enableHttp2: false } },
  },
  { name: "unknown during preview", expect: "unknown", resource: { type: APP_GATEWAY, props: { ...APP_GATEWAY_BASE, enableHttp2: unknown() } } },
  {
    name: "a WAF policy is not a gateway",
    expect: "not-applicable",
    resource: { type: "azure-native:network:WebApplicationFirewallPolicy", props: { resourceGroupName: "rg" } },
  },
]);
