import { azurePolicy } from "../policy";
import { checkSetting, isTrue } from "../lib/settings";

/** Storage accounts should not replicate objects to other Microsoft Entra tenants (`allowCrossTenantReplication`, false by default for new accounts). */
export default azurePolicy({
  name: "azure-storage-disable-cross-tenant-replication",
  description: "Storage accounts should not allow object replication to accounts in other Microsoft Entra tenants.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps: "Remove `allowCrossTenantReplication: true` (false is the default for new accounts) or set it to false; replicate only within your tenant.",
  url: "https://learn.microsoft.com/en-us/azure/storage/blobs/object-replication-prevent-cross-tenant-policies",
  resourceTypes: ["azure-native:storage:StorageAccount"],
  validateResource: ({ props }, report) => {
    if (checkSetting(props, "allowCrossTenantReplication", (x) => !isTrue(x), true) === "bad") {
      report(
        "allowCrossTenantReplication is true, so object replication policies can copy data to accounts in other tenants. Set allowCrossTenantReplication to false.",
      );
    }
  },
});
