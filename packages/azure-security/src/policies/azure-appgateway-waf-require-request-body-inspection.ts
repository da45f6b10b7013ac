import { azurePolicy } from "../policy";
import { APP_GATEWAY, WAF_POLICY } from "../lib/appgw";
import { checkValue, notFalse } from "../lib/checks";

/**
 * WAF policies (and a gateway's legacy in-gateway WAF configuration) must inspect request bodies:
 * `requestBodyCheck` is on by default, so only an explicit false is reported.
 */
export default azurePolicy({
  name: "azure-appgateway-waf-require-request-body-inspection",
  description: "Application Gateway WAF policies inspect HTTP request bodies (requestBodyCheck is not turned off).",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    "Remove `policySettings.requestBodyCheck: false` from the WAF policy (or set it to true); on a legacy gateway WAF configuration, do the same for `webApplicationFirewallConfiguration.requestBodyCheck`.",
  url: "https://learn.microsoft.com/en-us/azure/web-application-firewall/ag/application-gateway-waf-request-size-limits#request-body-inspection",
  resourceTypes: [WAF_POLICY, APP_GATEWAY],
  validateResource: ({ type, props }, report) => {
    checkValue(props, report, {
      path: type === WAF_POLICY ? "policySettings.requestBodyCheck" : "webApplicationFirewallConfiguration.requestBodyCheck",
      ok: notFalse,
      bad: "the WAF does not inspect request bodies, so attacks in POST bodies pass through. Set it to true (the default).",
    });
  },
});
