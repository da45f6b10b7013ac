import { peek, requireKnown } from "@rampart/policy-core";
import { azurePolicy } from "../policy";

/** Storage accounts must accept HTTPS only (`enableHttpsTrafficOnly`, true by default since API 2019-04-01). */
export default azurePolicy({
  name: "azure-storage-require-https-only",
  description: "Storage accounts must accept requests over HTTPS only (secure transfer required).",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps: "Remove `enableHttpsTrafficOnly: false` (secure transfer is required by default since API version 2019-04-01) or set it to true.",
  url: "https://learn.microsoft.com/en-us/azure/storage/common/storage-require-secure-transfer",
  resourceTypes: ["azure-native:storage:StorageAccount"],
  validateResource: ({ props }, report) => {
    const https = peek<boolean>(props, "enableHttpsTrafficOnly");
    if (https.state === "unknown") requireKnown(props, "enableHttpsTrafficOnly");
    if (https.state === "known" && https.value === false) {
      report("enableHttpsTrafficOnly is false, so the account accepts unencrypted HTTP requests. Remove the setting or set enableHttpsTrafficOnly to true.");
    }
  },
});
