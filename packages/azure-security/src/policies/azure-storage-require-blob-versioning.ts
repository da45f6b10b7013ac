import { azurePolicy } from "../policy";
import { checkCompanions } from "../lib/companions";
import { BLOB_SERVICE, STORAGE_ACCOUNT, blobServiceSpec, flagVerdict } from "../lib/storage";

/**
 * Blob versioning is set on the account's `azure-native:storage:BlobServiceProperties` (`isVersioningEnabled`),
 * off by default for accounts created through the API. Each BlobServiceProperties in the stack is
 * checked (also when its account is elsewhere); an account with no BlobServiceProperties in the
 * stack gets an advisory only, since the setting may be managed outside the stack.
 */
export default azurePolicy({
  name: "azure-storage-require-blob-versioning",
  description: "Storage accounts should keep previous versions of blobs with blob versioning.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    'Add an azure-native.storage.BlobServiceProperties for the account (blobServicesName "default") with `isVersioningEnabled: true`, and a lifecycle ManagementPolicy that deletes old versions.',
  url: "https://learn.microsoft.com/en-us/azure/storage/blobs/versioning-overview",
  resourceTypes: [STORAGE_ACCOUNT, BLOB_SERVICE],
  validateStack: ({ index }, report) => {
    checkCompanions(
      index,
      report,
      blobServiceSpec({
        verdict: (c) => flagVerdict(c.props, "isVersioningEnabled"),
        bad: () => "isVersioningEnabled is not true on this BlobServiceProperties, so blob versioning is off. Set isVersioningEnabled to true.",
        missing:
          "The storage account has no BlobServiceProperties in the stack, and blob versioning is off by default for accounts created through the API. Add a BlobServiceProperties with isVersioningEnabled true.",
      }),
    );
  },
});
