import { azurePolicy } from "../policy";
import { checkSetting, isFalse } from "../lib/settings";

/** Storage accounts should accept Microsoft Entra ID authorization only (`allowSharedKeyAccess: false`; null means true). */
export default azurePolicy({
  name: "azure-storage-disable-shared-key-access",
  description: "Storage accounts should not accept requests authorized with the account access keys (Shared Key).",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    "Set `allowSharedKeyAccess: false` and grant access with Azure RBAC roles (e.g. Storage Blob Data Reader) to Microsoft Entra identities; move SAS users to user delegation SAS.",
  url: "https://learn.microsoft.com/en-us/azure/storage/common/shared-key-authorization-prevent",
  resourceTypes: ["azure-native:storage:StorageAccount"],
  validateResource: ({ props }, report) => {
    const v = checkSetting(props, "allowSharedKeyAccess", isFalse, false);
    if (v === "absent-bad")
      report(
        "allowSharedKeyAccess is not set, which the API treats as true: anyone with an account key can read and write all data. Set allowSharedKeyAccess to false.",
      );
    if (v === "bad") report("allowSharedKeyAccess is true: anyone with an account key can read and write all data. Set allowSharedKeyAccess to false.");
  },
});
