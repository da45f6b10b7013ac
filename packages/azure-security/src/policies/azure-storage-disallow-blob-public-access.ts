import { azurePolicy } from "../policy";
import { checkSetting, isTrue } from "../lib/settings";

/** Storage accounts must not allow anonymous blob access (`allowBlobPublicAccess`, false by default). */
export default azurePolicy({
  name: "azure-storage-disallow-blob-public-access",
  description: "Storage accounts must not allow anonymous (public) read access to blobs and containers.",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps:
    "Remove `allowBlobPublicAccess: true` (its default interpretation is false) or set it to false; serve public content through a CDN or SAS tokens instead.",
  url: "https://learn.microsoft.com/en-us/azure/storage/blobs/anonymous-read-access-prevent",
  resourceTypes: ["azure-native:storage:StorageAccount"],
  validateResource: ({ props }, report) => {
    if (checkSetting(props, "allowBlobPublicAccess", (x) => !isTrue(x), true) === "bad") {
      report("allowBlobPublicAccess is true, so containers of this account can be made readable by anyone. Remove it or set allowBlobPublicAccess to false.");
    }
  },
});
