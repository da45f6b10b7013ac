import { blobServiceFlagPolicy } from "../lib/storage";

/**
 * Blob versioning is set on the account's `azure-native:storage:BlobServiceProperties` (`isVersioningEnabled`),
 * off by default for accounts created through the API. Each BlobServiceProperties in the stack is
 * checked (also when its account is elsewhere); an account with no BlobServiceProperties in the
 * stack gets an advisory only, since the setting may be managed outside the stack.
 */
export default blobServiceFlagPolicy({
  name: "azure-storage-require-blob-versioning",
  description: "Storage accounts should keep previous versions of blobs with blob versioning.",
  remediationSteps:
    'Add an azure-native.storage.BlobServiceProperties for the account (blobServicesName "default") with `isVersioningEnabled: true`, and a lifecycle ManagementPolicy that deletes old versions.',
  url: "https://learn.microsoft.com/en-us/azure/storage/blobs/versioning-overview",
  flag: "isVersioningEnabled",
  feature: "blob versioning",
});
