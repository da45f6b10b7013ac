import { azurePolicy } from "../policy";
import { checkCompanions } from "../lib/companions";
import { BLOB_SERVICE, STORAGE_ACCOUNT, blobServiceSpec, flagVerdict } from "../lib/storage";

/**
 * Container soft delete is set on the account's `azure-native:storage:BlobServiceProperties` (`containerDeleteRetentionPolicy.enabled`),
 * off by default for accounts created through the API. Each BlobServiceProperties in the stack is
 * checked (also when its account is elsewhere); an account with no BlobServiceProperties in the
 * stack gets an advisory only, since the setting may be managed outside the stack.
 */
export default azurePolicy({
  name: "azure-storage-require-container-soft-delete",
  description: "Storage accounts should keep deleted blob containers recoverable with container soft delete.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    'Add an azure-native.storage.BlobServiceProperties for the account (blobServicesName "default") with `containerDeleteRetentionPolicy: { enabled: true, days: 7 }` (1 to 365 days).',
  url: "https://learn.microsoft.com/en-us/azure/storage/blobs/soft-delete-container-overview",
  resourceTypes: [STORAGE_ACCOUNT, BLOB_SERVICE],
  validateStack: ({ index }, report) => {
    checkCompanions(
      index,
      report,
      blobServiceSpec({
        verdict: (c) => flagVerdict(c.props, "containerDeleteRetentionPolicy.enabled"),
        bad: () =>
          "containerDeleteRetentionPolicy.enabled is not true on this BlobServiceProperties, so container soft delete is off. Set containerDeleteRetentionPolicy.enabled to true.",
        missing:
          "The storage account has no BlobServiceProperties in the stack, and container soft delete is off by default for accounts created through the API. Add a BlobServiceProperties with containerDeleteRetentionPolicy.enabled true.",
      }),
    );
  },
});
