import { azurePolicy } from "../policy";
import { checkValue, oneOf } from "../lib/checks";
import { DATABRICKS_WORKSPACE } from "../lib/databricks";

/**
 * Databricks workspaces should be reachable only through Private Link: `publicNetworkAccess`
 * defaults to Enabled. Advisory: disabling it needs VNet injection and private endpoints first.
 */
export default azurePolicy({
  name: "azure-databricks-disable-public-network-access",
  description: "Databricks workspaces disable public network access and are reached through private endpoints.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    'Set `publicNetworkAccess: "Disabled"` and `requiredNsgRules: "NoAzureDatabricksRules"`, after deploying the workspace into your VNet and adding private endpoints (databricks_ui_api, browser_authentication).',
  url: "https://learn.microsoft.com/en-us/azure/databricks/security/network/classic/private-link",
  resourceTypes: [DATABRICKS_WORKSPACE],
  validateResource: ({ props }, report) => {
    checkValue(props, report, {
      path: "publicNetworkAccess",
      ok: oneOf("Disabled"),
      bad: 'the workspace UI and REST API are reachable from the internet. Set it to "Disabled" and use private endpoints.',
      absent:
        'public network access is Enabled by default, so the workspace UI and REST API are reachable from the internet. Set it to "Disabled" and use private endpoints.',
    });
  },
});
