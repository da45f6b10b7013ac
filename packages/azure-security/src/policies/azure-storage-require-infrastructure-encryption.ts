import { azurePolicy } from "../policy";
import { checkSetting, isTrue } from "../lib/settings";

/** Storage accounts should encrypt data twice at rest (`encryption.requireInfrastructureEncryption`, off by default; set at creation only). */
export default azurePolicy({
  name: "azure-storage-require-infrastructure-encryption",
  description: "Storage accounts should enable infrastructure encryption, a second layer of encryption at rest.",
  severity: "low",
  enforcementLevel: "advisory",
  remediationSteps:
    "Set `encryption: { requireInfrastructureEncryption: true, ... }` when creating the account (it cannot be changed later: create a new account and copy the data).",
  url: "https://learn.microsoft.com/en-us/azure/storage/common/infrastructure-encryption-enable",
  resourceTypes: ["azure-native:storage:StorageAccount"],
  validateResource: ({ props }, report) => {
    if (checkSetting(props, "encryption.requireInfrastructureEncryption", isTrue, false) !== "ok") {
      report(
        "encryption.requireInfrastructureEncryption is not true, so data at rest has one layer of encryption only. Set it to true when creating the account.",
      );
    }
  },
});
