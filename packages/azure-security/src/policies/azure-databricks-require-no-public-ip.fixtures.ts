import { fixtures, unknown } from "@rampart/policy-testing";
import { DATABRICKS_BASE, DATABRICKS_WORKSPACE } from "../lib/databricks";

const ws = (value: unknown) => ({ type: DATABRICKS_WORKSPACE, props: { ...DATABRICKS_BASE, parameters: { enableNoPublicIp: { value } } } });

export default fixtures([
  { name: "No Public IP on", expect: "pass", resource: ws(true) },
  { name: "default (No Public IP on)", expect: "pass", resource: { type: DATABRICKS_WORKSPACE, props: DATABRICKS_BASE } },
  { name: "public IPs on cluster nodes", expect: "violate", message: "parameters.enableNoPublicIp.value is false", resource: ws(false) },
  { name: "unknown during preview", expect: "unknown", resource: ws(unknown()) },
  { name: "Serverless workspace", expect: "pass", resource: { type: DATABRICKS_WORKSPACE, props: { resourceGroupName: "rg", computeMode: "Serverless" } } },
  {
    name: "an access connector is not a workspace",
    expect: "not-applicable",
    resource: { type: "azure-native:databricks:AccessConnector", props: { resourceGroupName: "rg" } },
  },
]);
