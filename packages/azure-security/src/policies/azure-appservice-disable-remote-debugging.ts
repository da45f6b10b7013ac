import { azurePolicy } from "../policy";
import { checkValue, notTrue } from "../lib/checks";
import { SITES } from "../lib/web";

/** Sites must not enable remote debugging (`siteConfig.remoteDebuggingEnabled`, false by default). */
export default azurePolicy({
  name: "azure-appservice-disable-remote-debugging",
  description: "App Service and Function apps must have remote debugging turned off.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    "Remove `siteConfig.remoteDebuggingEnabled: true` (off by default) or set it to false; turn it on only for a debugging session and off again.",
  url: "https://learn.microsoft.com/en-us/azure/app-service/configure-common#configure-general-settings",
  resourceTypes: [...SITES],
  validateResource: ({ props }, report) => {
    checkValue(props, report, {
      path: "siteConfig.remoteDebuggingEnabled",
      ok: notTrue,
      bad: "remote debugging opens extra inbound ports to the app. Set it to false.",
    });
  },
});
