import { azurePolicy } from "../policy";
import { checkValue, isTrue } from "../lib/checks";
import { SITES } from "../lib/web";

/** Web apps, function apps and their slots must redirect HTTP to HTTPS (`httpsOnly`, false unless set). */
export default azurePolicy({
  name: "azure-appservice-require-https-only",
  description: "App Service and Function apps (and their slots) must accept HTTPS only.",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps: "Set `httpsOnly: true` on the web.WebApp (and on each web.WebAppSlot).",
  url: "https://learn.microsoft.com/en-us/azure/app-service/configure-ssl-bindings#enforce-https",
  resourceTypes: [...SITES],
  validateResource: ({ props }, report) => {
    checkValue(props, report, {
      path: "httpsOnly",
      ok: isTrue,
      bad: "the app serves plain HTTP. Set httpsOnly to true.",
      absent: "the default is false, so the app serves plain HTTP. Set httpsOnly to true.",
    });
  },
});
