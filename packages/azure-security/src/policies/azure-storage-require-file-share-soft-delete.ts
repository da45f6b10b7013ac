import { azurePolicy } from "../policy";
import { checkSetting, isTrue } from "../lib/settings";

/** File share soft delete must stay on (`shareDeleteRetentionPolicy.enabled` of FileServiceProperties; on by default for the account). */
export default azurePolicy({
  name: "azure-storage-require-file-share-soft-delete",
  description: "Storage accounts should keep deleted file shares recoverable with file share soft delete.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    "Set `shareDeleteRetentionPolicy: { enabled: true, days: 7 }` (1 to 365 days) on the account's FileServiceProperties, or leave it out: soft delete is on by default.",
  url: "https://learn.microsoft.com/en-us/azure/storage/files/storage-files-prevent-file-share-deletion",
  resourceTypes: ["azure-native:storage:FileServiceProperties"],
  validateResource: ({ props }, report) => {
    if (checkSetting(props, "shareDeleteRetentionPolicy.enabled", isTrue, true) === "bad") {
      report("shareDeleteRetentionPolicy.enabled is false, so deleted file shares cannot be recovered. Set shareDeleteRetentionPolicy.enabled to true.");
    }
  },
});
