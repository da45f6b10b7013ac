import { fixtures, unknown } from "@rampart/policy-testing";
import { DATABRICKS_BASE, DATABRICKS_WORKSPACE } from "../lib/databricks";

const injected = {
  customVirtualNetworkId: { value: "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet" },
  customPublicSubnetName: { value: "public" },
  customPrivateSubnetName: { value: "private" },
};

export default fixtures([
  { name: "VNet-injected workspace", expect: "pass", resource: { type: DATABRICKS_WORKSPACE, props: { ...DATABRICKS_BASE, parameters: injected } } },
  {
    name: "Databricks-managed VNet (default)",
    expect: "violate",
    message: "parameters.customVirtualNetworkId.value is not set",
    resource: { type: DATABRICKS_WORKSPACE, props: DATABRICKS_BASE },
  },
  {
    name: "parameters without a VNet",
    expect: "violate",
    message: "Databricks-managed VNet",
    resource: { type: DATABRICKS_WORKSPACE, props: { ...DATABRICKS_BASE, parameters: { enableNoPublicIp: { value: true } } } },
  },
  {
    name: "VNet id unknown during preview counts as set",
    expect: "pass",
    resource: { type: DATABRICKS_WORKSPACE, props: { ...DATABRICKS_BASE, parameters: { ...injected, customVirtualNetworkId: { value: unknown() } } } },
  },
  { name: "parameters unknown during preview", expect: "pass", resource: { type: DATABRICKS_WORKSPACE, props: { ...DATABRICKS_BASE, parameters: unknown() } } },
  { name: "Serverless workspace", expect: "pass", resource: { type: DATABRICKS_WORKSPACE, props: { resourceGroupName: "rg", computeMode: "Serverless" } } },
  {
    name: "compute mode unknown during preview",
    expect: "unknown",
    resource: { type: DATABRICKS_WORKSPACE, props: { ...DATABRICKS_BASE, computeMode: unknown() } },
  },
  {
    name: "an access connector is not a workspace",
    expect: "not-applicable",
    resource: { type: "azure-native:databricks:AccessConnector", props: { resourceGroupName: "rg" } },
  },
]);
