import { fixtures, unknown } from "@rampart/policy-testing";

const D = "azure-native:compute:Disk";
const base = { resourceGroupName: "rg", creationData: { createOption: "Empty" }, diskSizeGB: 64 };
const des = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/diskEncryptionSets/des";

export default fixtures([
  {
    name: "disk with a disk encryption set",
    expect: "pass",
    resource: { type: D, props: { ...base, encryption: { type: "EncryptionAtRestWithCustomerKey", diskEncryptionSetId: des } } },
  },
  {
    name: "disk encryption set id unknown during preview counts as set",
    expect: "pass",
    resource: { type: D, props: { ...base, encryption: { diskEncryptionSetId: unknown() } } },
  },
  { name: "disk with defaults (platform key)", expect: "violate", message: "encryption.diskEncryptionSetId is not set", resource: { type: D, props: base } },
  {
    name: "disk with an explicit platform key",
    expect: "violate",
    message: "platform-managed key only",
    resource: { type: D, props: { ...base, encryption: { type: "EncryptionAtRestWithPlatformKey" } } },
  },
  { name: "encryption type unknown during preview", expect: "unknown", resource: { type: D, props: { ...base, encryption: { type: unknown() } } } },
  { name: "a VM is not a disk", expect: "not-applicable", resource: { type: "azure-native:compute:VirtualMachine", props: { resourceGroupName: "rg" } } },
]);
