import { msg, peek, requireKnown, show } from "@rampart/policy-core";
import { checkValue } from "../lib/checks";
import { gcpPolicy } from "../policy";

const V1 = "gcp:cloudfunctions/function:Function";

/**
 * 1st gen HTTP Cloud Functions should redirect plain HTTP to HTTPS
 * (`httpsTriggerSecurityLevel: "SECURE_ALWAYS"`); with SECURE_OPTIONAL, the API's default for
 * 1st gen, requests over plain HTTP succeed. (2nd gen functions are served over HTTPS only.)
 */
export default gcpPolicy({
  name: "gcp-cloudfunctions-require-https-trigger",
  description: "1st gen HTTP Cloud Functions should require HTTPS (httpsTriggerSecurityLevel SECURE_ALWAYS).",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps: 'Set httpsTriggerSecurityLevel to "SECURE_ALWAYS" on the HTTP-triggered gcp.cloudfunctions.Function (or move it to 2nd gen).',
  url: "https://cloud.google.com/functions/1stgendocs/writing/write-http-functions#security_levels",
  resourceTypes: [V1],
  validateResource: ({ props }, report) => {
    const http = peek<boolean>(props, "triggerHttp");
    if (http.state === "unknown") return requireKnown(props, "triggerHttp");
    if (http.state !== "known" || http.value !== true) return;
    checkValue(
      props,
      {
        path: "httpsTriggerSecurityLevel",
        ifAbsent: "httpsTriggerSecurityLevel is not set (SECURE_OPTIONAL for 1st gen), so the function also answers plain HTTP. Set it to SECURE_ALWAYS.",
        isBad: (v) => String(v).toUpperCase() !== "SECURE_ALWAYS",
        ifBad: (v) => msg`httpsTriggerSecurityLevel is ${show(v)}, so the function also answers plain HTTP. Set it to SECURE_ALWAYS.`,
      },
      report,
    );
  },
});
