import { fixtures, unknown } from "@rampart/policy-testing";
import { DATABRICKS_BASE, DATABRICKS_WORKSPACE } from "../lib/databricks";

const ws = (publicNetworkAccess: unknown) => ({
  type: DATABRICKS_WORKSPACE,
  props: { ...DATABRICKS_BASE, publicNetworkAccess, requiredNsgRules: "NoAzureDatabricksRules" },
});

export default fixtures([
  { name: "public access disabled", expect: "pass", resource: ws("Disabled") },
  { name: "public access enabled", expect: "violate", message: 'publicNetworkAccess is "Enabled"', resource: ws("Enabled") },
  { name: "default (enabled)", expect: "violate", message: "publicNetworkAccess is not set", resource: { type: DATABRICKS_WORKSPACE, props: DATABRICKS_BASE } },
  { name: "unknown during preview", expect: "unknown", resource: ws(unknown()) },
  {
    name: "an access connector is not a workspace",
    expect: "not-applicable",
    resource: { type: "azure-native:databricks:AccessConnector", props: { resourceGroupName: "rg" } },
  },
]);
