import { azurePolicy } from "../policy";
import { checkSetting, sameText } from "../lib/settings";

/** Storage accounts should be reachable through private endpoints only (`publicNetworkAccess` Disabled; omitted means enabled). */
export default azurePolicy({
  name: "azure-storage-disable-public-network-access",
  description: "Storage accounts should disable public network access and be reached through private endpoints.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    'Set `publicNetworkAccess: "Disabled"` and create an azure-native.network.PrivateEndpoint for each storage service the clients use (blob, file, queue, table, dfs).',
  url: "https://learn.microsoft.com/en-us/azure/storage/common/storage-network-security",
  resourceTypes: ["azure-native:storage:StorageAccount"],
  validateResource: ({ props }, report) => {
    const v = checkSetting(props, "publicNetworkAccess", (x) => sameText(x, "Disabled"), false);
    if (v === "absent-bad")
      report('publicNetworkAccess is not set, so the account\'s public endpoint is enabled. Set publicNetworkAccess to "Disabled" and use private endpoints.');
    if (v === "bad")
      report('publicNetworkAccess is not "Disabled", so the account\'s public endpoint is reachable. Set it to "Disabled" and use private endpoints.');
  },
});
