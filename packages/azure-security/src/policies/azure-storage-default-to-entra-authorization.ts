import { azurePolicy } from "../policy";
import { checkSetting, isTrue } from "../lib/settings";

/** The Azure portal should use Microsoft Entra ID, not the access key, for the account's data (`defaultToOAuthAuthentication`, false by default). */
export default azurePolicy({
  name: "azure-storage-default-to-entra-authorization",
  description: "Storage accounts should default to Microsoft Entra authorization in the Azure portal.",
  severity: "low",
  enforcementLevel: "advisory",
  remediationSteps: "Set `defaultToOAuthAuthentication: true` on the storage account and give portal users an Azure RBAC data role.",
  url: "https://learn.microsoft.com/en-us/azure/storage/blobs/authorize-data-operations-portal#default-to-microsoft-entra-authorization-in-the-azure-portal",
  resourceTypes: ["azure-native:storage:StorageAccount"],
  validateResource: ({ props }, report) => {
    if (checkSetting(props, "defaultToOAuthAuthentication", isTrue, false) !== "ok") {
      report("defaultToOAuthAuthentication is not true, so the Azure portal reads data with the account access key. Set defaultToOAuthAuthentication to true.");
    }
  },
});
