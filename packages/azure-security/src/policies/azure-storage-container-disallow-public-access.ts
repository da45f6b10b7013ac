import { azurePolicy } from "../policy";
import { checkSetting, sameText } from "../lib/settings";

/** Blob containers must not be anonymously readable (`publicAccess` Blob or Container; None by default). */
export default azurePolicy({
  name: "azure-storage-container-disallow-public-access",
  description: "Blob containers must not allow anonymous (public) read access.",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps: 'Remove `publicAccess` from the container or set it to "None"; also set `allowBlobPublicAccess: false` on the account.',
  url: "https://learn.microsoft.com/en-us/azure/storage/blobs/anonymous-read-access-configure",
  resourceTypes: ["azure-native:storage:BlobContainer"],
  validateResource: ({ props }, report) => {
    if (checkSetting(props, "publicAccess", (x) => sameText(x, "None"), true) === "bad") {
      report('publicAccess lets anyone read this container\'s blobs without authorization. Remove publicAccess or set it to "None".');
    }
  },
});
