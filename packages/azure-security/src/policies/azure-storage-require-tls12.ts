import { azurePolicy } from "../policy";
import { checkSetting } from "../lib/settings";
import { strictTls12OrNewer } from "../lib/tls";

/**
 * Storage accounts should not ask for TLS older than 1.2 (`minimumTlsVersion`). Azure Storage has
 * rejected TLS 1.0 and 1.1 on every account since 3 February 2026 (whatever the setting says), so
 * an omitted setting is not an exposure and an older minimum is stale configuration: advisory.
 * Source: https://learn.microsoft.com/en-us/azure/storage/common/transport-layer-security-configure-minimum-version
 */
export default azurePolicy({
  name: "azure-storage-require-tls12",
  description: "Storage accounts should not set a minimum TLS version older than 1.2.",
  severity: "low",
  enforcementLevel: "advisory",
  remediationSteps: 'Set `minimumTlsVersion: "TLS1_2"` on the storage account (TLS 1.3 is not supported as a minimum).',
  url: "https://learn.microsoft.com/en-us/azure/storage/common/transport-layer-security-configure-minimum-version",
  resourceTypes: ["azure-native:storage:StorageAccount"],
  validateResource: ({ props }, report) => {
    // Omitted: the service enforces TLS 1.2 on every account since 3 February 2026.
    const v = checkSetting<string>(props, "minimumTlsVersion", strictTls12OrNewer, true);
    if (v === "bad") {
      report(
        'minimumTlsVersion allows TLS versions older than 1.2 (Azure Storage has rejected them on every account since 3 February 2026, so the setting is stale). Set minimumTlsVersion to "TLS1_2".',
      );
    }
  },
});
