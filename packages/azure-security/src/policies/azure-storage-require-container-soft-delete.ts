import { blobServiceFlagPolicy } from "../lib/storage";

/**
 * Container soft delete is set on the account's `azure-native:storage:BlobServiceProperties` (`containerDeleteRetentionPolicy.enabled`),
 * off by default for accounts created through the API. Each BlobServiceProperties in the stack is
 * checked (also when its account is elsewhere); an account with no BlobServiceProperties in the
 * stack gets an advisory only, since the setting may be managed outside the stack.
 */
export default blobServiceFlagPolicy({
  name: "azure-storage-require-container-soft-delete",
  description: "Storage accounts should keep deleted blob containers recoverable with container soft delete.",
  remediationSteps:
    'Add an azure-native.storage.BlobServiceProperties for the account (blobServicesName "default") with `containerDeleteRetentionPolicy: { enabled: true, days: 7 }` (1 to 365 days).',
  url: "https://learn.microsoft.com/en-us/azure/storage/blobs/soft-delete-container-overview",
  flag: "containerDeleteRetentionPolicy.enabled",
  feature: "container soft delete",
});
