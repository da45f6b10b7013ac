import { isSet, peek, requireKnown } from "@rampart/policy-core";
import { azurePolicy } from "../policy";
import { checkSet } from "../lib/checks";
import { DATABRICKS_WORKSPACE, isServerless } from "../lib/databricks";

/** Databricks workspaces should run their clusters in a customer-managed VNet (VNet injection); the default is a Databricks-managed VNet. */
export default azurePolicy({
  name: "azure-databricks-require-vnet-injection",
  description: "Databricks workspaces deploy their clusters into a customer-managed virtual network (VNet injection).",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    "Set `parameters.customVirtualNetworkId: { value: vnet.id }` with `customPublicSubnetName` and `customPrivateSubnetName` (subnets delegated to Microsoft.Databricks/workspaces, each with an NSG). VNet injection is chosen at creation: the workspace is replaced.",
  url: "https://learn.microsoft.com/en-us/azure/databricks/security/network/classic/vnet-inject",
  resourceTypes: [DATABRICKS_WORKSPACE],
  validateResource: ({ props, notApplicable }, report) => {
    if (isServerless(props)) notApplicable("a Serverless workspace has no classic compute plane");
    // A workspace whose compute mode is unknown may be Serverless (where VNet injection does not apply).
    if (!isSet(props, "parameters.customVirtualNetworkId.value") && peek(props, "computeMode").state === "unknown") return requireKnown(props, "computeMode");
    checkSet(
      props,
      report,
      "parameters.customVirtualNetworkId.value",
      "the clusters run in a Databricks-managed VNet, which you cannot restrict with your own NSG rules, routes or private endpoints. Deploy the workspace into your own VNet.",
    );
  },
});
