import { blobServiceFlagPolicy } from "../lib/storage";

/**
 * Blob soft delete is set on the account's `azure-native:storage:BlobServiceProperties` (`deleteRetentionPolicy.enabled`),
 * off by default for accounts created through the API. Each BlobServiceProperties in the stack is
 * checked (also when its account is elsewhere); an account with no BlobServiceProperties in the
 * stack gets an advisory only, since the setting may be managed outside the stack.
 */
export default blobServiceFlagPolicy({
  name: "azure-storage-require-blob-soft-delete",
  description: "Storage accounts should keep deleted blobs recoverable with blob soft delete.",
  remediationSteps:
    'Add an azure-native.storage.BlobServiceProperties for the account (blobServicesName "default") with `deleteRetentionPolicy: { enabled: true, days: 7 }` (1 to 365 days).',
  url: "https://learn.microsoft.com/en-us/azure/storage/blobs/soft-delete-blob-overview",
  flag: "deleteRetentionPolicy.enabled",
  feature: "blob soft delete",
});
