import { peek, requireKnown } from "@rampart/policy-core";
import { azurePolicy } from "../policy";
import { DISK } from "../lib/compute";

/**
 * Managed disks holding sensitive data should be encrypted with a customer-managed key through a
 * disk encryption set (`encryption.diskEncryptionSetId`, type EncryptionAtRestWithCustomerKey or
 * EncryptionAtRestWithPlatformAndCustomerKeys). Every managed disk is encrypted with a platform
 * key anyway, hence advisory and low.
 */
export default azurePolicy({
  name: "azure-compute-disk-recommend-customer-managed-key",
  description: "Managed disks should be encrypted with a customer-managed key through a disk encryption set.",
  severity: "low",
  enforcementLevel: "advisory",
  remediationSteps:
    'Create a compute.DiskEncryptionSet with a Key Vault key and set `encryption: { type: "EncryptionAtRestWithCustomerKey", diskEncryptionSetId: <set id> }` on the disk.',
  url: "https://learn.microsoft.com/en-us/azure/virtual-machines/disk-encryption#customer-managed-keys",
  resourceTypes: [DISK],
  validateResource: ({ props }, report) => {
    const set = peek(props, "encryption.diskEncryptionSetId");
    if (set.state === "known" || set.state === "unknown") return; // a disk encryption set (unknown counts as set)
    const t = peek<unknown>(props, "encryption.type");
    if (t.state === "unknown") return requireKnown(props, "encryption.type");
    report(
      "encryption.diskEncryptionSetId is not set, so the disk is encrypted with a platform-managed key only. Set encryption.type EncryptionAtRestWithCustomerKey and diskEncryptionSetId.",
    );
  },
});
