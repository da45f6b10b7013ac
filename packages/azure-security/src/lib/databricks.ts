/**
 * Azure Databricks workspaces (`databricks:Workspace`, databricks/workspace.d.ts): network and
 * encryption settings sit under `parameters` as `{ value }` objects (`parameters.enableNoPublicIp.value`),
 * except `publicNetworkAccess` and `encryption` (managed services / managed disk CMK) at the top.
 */
import { peek } from "@rampart/policy-core";

/** Type token of a Databricks workspace (azure-native 3). */
export const DATABRICKS_WORKSPACE = "azure-native:databricks:Workspace";

/** Minimal workspace inputs for fixtures (Databricks-managed VNet, all defaults). */
export const DATABRICKS_BASE = {
  resourceGroupName: "rg",
  managedResourceGroupId: "/subscriptions/0000/resourceGroups/rg-dbw-managed",
  sku: { name: "premium" },
};

/**
 * Whether the workspace is Serverless (`computeMode: "Serverless"`): it has no classic compute
 * plane, so VNet injection and No Public IP do not apply ("not allowed in Serverless ComputeMode").
 */
export function isServerless(props: unknown): boolean {
  const m = peek<unknown>(props, "computeMode");
  return m.state === "known" && typeof m.value === "string" && m.value.toLowerCase() === "serverless";
}
