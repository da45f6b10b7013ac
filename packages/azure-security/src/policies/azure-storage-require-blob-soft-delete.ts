import { azurePolicy } from "../policy";
import { checkCompanions } from "../lib/companions";
import { BLOB_SERVICE, STORAGE_ACCOUNT, blobServiceSpec, flagVerdict } from "../lib/storage";

/**
 * Blob soft delete is set on the account's `azure-native:storage:BlobServiceProperties` (`deleteRetentionPolicy.enabled`),
 * off by default for accounts created through the API. Each BlobServiceProperties in the stack is
 * checked (also when its account is elsewhere); an account with no BlobServiceProperties in the
 * stack gets an advisory only, since the setting may be managed outside the stack.
 */
export default azurePolicy({
  name: "azure-storage-require-blob-soft-delete",
  description: "Storage accounts should keep deleted blobs recoverable with blob soft delete.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    'Add an azure-native.storage.BlobServiceProperties for the account (blobServicesName "default") with `deleteRetentionPolicy: { enabled: true, days: 7 }` (1 to 365 days).',
  url: "https://learn.microsoft.com/en-us/azure/storage/blobs/soft-delete-blob-overview",
  resourceTypes: [STORAGE_ACCOUNT, BLOB_SERVICE],
  validateStack: ({ index }, report) => {
    checkCompanions(
      index,
      report,
      blobServiceSpec({
        verdict: (c) => flagVerdict(c.props, "deleteRetentionPolicy.enabled"),
        bad: () =>
          "deleteRetentionPolicy.enabled is not true on this BlobServiceProperties, so blob soft delete is off. Set deleteRetentionPolicy.enabled to true.",
        missing:
          "The storage account has no BlobServiceProperties in the stack, and blob soft delete is off by default for accounts created through the API. Add a BlobServiceProperties with deleteRetentionPolicy.enabled true.",
      }),
    );
  },
});
