import { azurePolicy } from "../policy";
import { checkValue, oneOf } from "../lib/checks";
import { SITES } from "../lib/web";

/**
 * Sites must not accept plain FTP: `siteConfig.ftpsState` FtpsOnly or Disabled. Omitted, the API
 * applies AllAllowed (plain FTP and FTPS), so omission is reported too.
 */
export default azurePolicy({
  name: "azure-appservice-require-ftps-only",
  description: "App Service and Function apps must allow FTPS only or disable FTP deployment entirely.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps: 'Set `siteConfig.ftpsState: "Disabled"` (or "FtpsOnly" if you deploy over FTPS) on the web.WebApp and each web.WebAppSlot.',
  url: "https://learn.microsoft.com/en-us/azure/app-service/deploy-ftp#enforce-ftps",
  resourceTypes: [...SITES],
  validateResource: ({ props }, report) => {
    checkValue(props, report, {
      path: "siteConfig.ftpsState",
      ok: oneOf("FtpsOnly", "Disabled"),
      bad: "plain FTP sends publishing credentials and content unencrypted. Set Disabled or FtpsOnly.",
      absent: "the API default is AllAllowed, so plain FTP sends publishing credentials and content unencrypted. Set Disabled or FtpsOnly.",
    });
  },
});
