import { azurePolicy } from "../policy";
import { checkSetting, tlsMinor } from "../lib/settings";

/** Storage accounts must refuse TLS 1.0 and 1.1 (`minimumTlsVersion`; the API's default interpretation is TLS 1.0). */
export default azurePolicy({
  name: "azure-storage-require-tls12",
  description: "Storage accounts must require TLS 1.2 or later for requests.",
  severity: "medium",
  enforcementLevel: "mandatory",
  remediationSteps: 'Set `minimumTlsVersion: "TLS1_2"` on the storage account (TLS 1.3 is not supported as a minimum).',
  url: "https://learn.microsoft.com/en-us/azure/storage/common/transport-layer-security-configure-minimum-version",
  resourceTypes: ["azure-native:storage:StorageAccount"],
  validateResource: ({ props }, report) => {
    const v = checkSetting<string>(props, "minimumTlsVersion", (x) => (tlsMinor(x) ?? 0) >= 2, false);
    if (v === "absent-bad") report('minimumTlsVersion is not set, and the API\'s default interpretation is TLS 1.0. Set minimumTlsVersion to "TLS1_2".');
    if (v === "bad") report('minimumTlsVersion allows TLS versions older than 1.2. Set minimumTlsVersion to "TLS1_2".');
  },
});
