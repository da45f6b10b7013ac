import { fixtures, unknown } from "@rampart/policy-testing";
import { DATABRICKS_BASE, DATABRICKS_WORKSPACE } from "../lib/databricks";
import { endpointByDependency, endpointById } from "../lib/private-endpoint.fixtures-kit";

const PE = "azure-native:network:PrivateEndpoint";
const ui = { name: "ui", groupIds: ["databricks_ui_api"] };
const ws = { type: DATABRICKS_WORKSPACE, name: "dbw", props: DATABRICKS_BASE };
const id = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Databricks/workspaces/dbw01";

export default fixtures([
  {
    name: "private endpoint linked by property dependency",
    expect: "pass",
    resources: [ws, endpointByDependency("dbw-pe", "dbw", ui)],
  },
  {
    name: "private endpoint linked by id",
    expect: "pass",
    resources: [{ ...ws, props: { ...DATABRICKS_BASE, id } }, endpointById("dbw-pe", id, ui)],
  },
  {
    name: "workspace without private endpoint",
    expect: "violate",
    target: "dbw",
    message: "No private endpoint in the stack connects to this Databricks workspace",
    resources: [ws],
  },
  {
    name: "endpoint target unknown during preview, no dependency",
    expect: "unknown",
    resources: [
      ws,
      { type: PE, name: "pe", props: { resourceGroupName: "rg", privateLinkServiceConnections: [{ name: "ui", privateLinkServiceId: unknown() }] } },
    ],
  },
  {
    name: "no workspace in the stack",
    expect: "not-applicable",
    resources: [{ type: "azure-native:databricks:AccessConnector", name: "ac", props: { resourceGroupName: "rg" } }],
  },
]);
