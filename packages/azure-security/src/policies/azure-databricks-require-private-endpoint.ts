import { DATABRICKS_WORKSPACE } from "../lib/databricks";
import { privateEndpointPolicy } from "../lib/private-endpoint";

/**
 * Databricks workspaces should be reached through a private endpoint: an
 * `azure-native:network:PrivateEndpoint` of the stack whose private link connection names the
 * workspace (by property dependency or id). Advisory: the endpoint may live in another stack.
 */
export default privateEndpointPolicy({
  name: "azure-databricks-require-private-endpoint",
  description: "Databricks workspaces are reached through a private endpoint.",
  remediationSteps:
    'Create an azure-native.network.PrivateEndpoint with `privateLinkServiceConnections: [{ name: "ui-api", privateLinkServiceId: workspace.id, groupIds: ["databricks_ui_api"] }]` and a privatelink.azuredatabricks.net DNS zone (the workspace must be VNet-injected, No Public IP, Premium).',
  url: "https://learn.microsoft.com/en-us/azure/databricks/security/network/classic/private-link",
  target: DATABRICKS_WORKSPACE,
  message:
    "No private endpoint in the stack connects to this Databricks workspace. Add a PrivateEndpoint whose privateLinkServiceConnections name the workspace (group databricks_ui_api).",
});
