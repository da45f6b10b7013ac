import { APP_GATEWAY, APP_GATEWAY_BASE } from "../lib/appgw";
import { requiredFlagFixtures } from "../lib/flag.fixtures-kit";

export default requiredFlagFixtures({ type: APP_GATEWAY, props: APP_GATEWAY_BASE }, ["enableHttp2", true, false], {
  names: ["HTTP/2 on", "default (off)", "explicitly off", "unknown during preview"],
  messages: ["enableHttp2 is not set", "enableHttp2 is false"],
  other: ["a WAF policy is not a gateway", "azure-native:network:WebApplicationFirewallPolicy", { resourceGroupName: "rg" }],
});
