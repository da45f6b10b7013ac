import { azurePolicy } from "../policy";
import { checkValue } from "../lib/checks";
import { tls12OrNewer } from "../lib/tls";
import { SITES } from "../lib/web";

/**
 * Sites must require TLS 1.2 or newer on the app and on its SCM (Kudu) site:
 * `siteConfig.minTlsVersion` and `siteConfig.scmMinTlsVersion`. Omitted, new apps get 1.2
 * (the App Service default), so only explicit 1.0/1.1 is reported.
 */
export default azurePolicy({
  name: "azure-appservice-require-tls12",
  description: "App Service and Function apps must require TLS 1.2 or newer for the app and its SCM site.",
  severity: "high",
  enforcementLevel: "advisory",
  remediationSteps: 'Set `siteConfig.minTlsVersion` and `siteConfig.scmMinTlsVersion` to "1.2" or "1.3" (or remove them: the default is 1.2).',
  url: "https://learn.microsoft.com/en-us/azure/app-service/overview-tls",
  resourceTypes: [...SITES],
  validateResource: ({ props }, report) => {
    for (const path of ["siteConfig.minTlsVersion", "siteConfig.scmMinTlsVersion"]) {
      checkValue(props, report, { path, ok: tls12OrNewer, bad: 'clients may connect with deprecated TLS versions. Set "1.2" or newer.' });
    }
  },
});
