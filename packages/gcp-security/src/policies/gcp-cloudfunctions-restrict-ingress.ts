import { peek, requireKnown } from "@rampart/policy-core";
import { checkValue } from "../lib/checks";
import { ingressCheck } from "../lib/ingress";
import { gcpPolicy } from "../policy";

const V1 = "gcp:cloudfunctions/function:Function";
const V2 = "gcp:cloudfunctionsv2/function:Function";

/**
 * Cloud Functions should not accept traffic from the whole internet directly: `ingressSettings`
 * (1st gen) or `serviceConfig.ingressSettings` (2nd gen) ALLOW_INTERNAL_ONLY or
 * ALLOW_INTERNAL_AND_GCLB. Omitted, both default to ALLOW_ALL. 1st gen functions with an event
 * trigger and no HTTP trigger have no endpoint and are not checked. Advisory: public webhooks are
 * a legitimate use.
 */
export default gcpPolicy({
  name: "gcp-cloudfunctions-restrict-ingress",
  description: "Cloud Functions should restrict ingress to internal traffic or a load balancer (not ALLOW_ALL).",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    'Set ingressSettings (1st gen) or serviceConfig.ingressSettings (2nd gen) to "ALLOW_INTERNAL_ONLY", or to "ALLOW_INTERNAL_AND_GCLB" behind an external Application Load Balancer.',
  url: "https://cloud.google.com/functions/docs/networking/network-settings#ingress_settings",
  resourceTypes: [V1, V2],
  validateResource: ({ type, props }, report) => {
    const path = type === V2 ? "serviceConfig.ingressSettings" : "ingressSettings";
    if (type === V1) {
      const http = peek<boolean>(props, "triggerHttp");
      if (http.state !== "known" || http.value !== true) {
        if (http.state === "unknown") return requireKnown(props, "triggerHttp");
        return; // event-triggered: no HTTP endpoint
      }
    }
    checkValue(
      props,
      ingressCheck({
        path,
        who: "function",
        defaultValue: "ALLOW_ALL",
        isBad: (v) => String(v).toUpperCase() === "ALLOW_ALL",
        fix: "Set it to ALLOW_INTERNAL_ONLY or ALLOW_INTERNAL_AND_GCLB.",
      }),
      report,
    );
  },
});
