import { azurePolicy } from "../policy";
import { APP_GATEWAY } from "../lib/appgw";
import { checkValue, isTrue } from "../lib/checks";

/** Application Gateways should enable HTTP/2 for clients: `enableHttp2` defaults to false. */
export default azurePolicy({
  name: "azure-appgateway-require-http2",
  description: "Application Gateways enable HTTP/2 for client connections.",
  severity: "low",
  enforcementLevel: "advisory",
  remediationSteps: "Set `enableHttp2: true` on the Application Gateway.",
  url: "https://learn.microsoft.com/en-us/azure/application-gateway/configuration-listeners#http2-support",
  resourceTypes: [APP_GATEWAY],
  validateResource: ({ props }, report) => {
    checkValue(props, report, {
      path: "enableHttp2",
      ok: isTrue,
      bad: "clients are limited to HTTP/1.1. Set it to true.",
      absent: "HTTP/2 is off by default, so clients are limited to HTTP/1.1. Set it to true.",
    });
  },
});
