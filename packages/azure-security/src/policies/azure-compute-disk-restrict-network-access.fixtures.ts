import { fixtures, unknown } from "@rampart/policy-testing";

const D = "azure-native:compute:Disk";
const base = { resourceGroupName: "rg", creationData: { createOption: "Empty" }, diskSizeGB: 64 };

export default fixtures([
  { name: "disk that denies export", expect: "pass", resource: { type: D, props: { ...base, networkAccessPolicy: "DenyAll" } } },
  {
    name: "disk exported through a disk access",
    expect: "pass",
    resource: {
      type: D,
      props: { ...base, networkAccessPolicy: "AllowPrivate", diskAccessId: "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/diskAccesses/da" },
    },
  },
  { name: "public network access disabled", expect: "pass", resource: { type: D, props: { ...base, publicNetworkAccess: "Disabled" } } },
  {
    name: "disk with defaults (AllowAll)",
    expect: "violate",
    message: "networkAccessPolicy is not set: the default is AllowAll",
    resource: { type: D, props: base },
  },
  {
    name: "disk open to any network",
    expect: "violate",
    message: 'networkAccessPolicy is "AllowAll"',
    resource: { type: D, props: { ...base, networkAccessPolicy: "AllowAll", publicNetworkAccess: "Enabled" } },
  },
  { name: "policy unknown during preview", expect: "unknown", resource: { type: D, props: { ...base, networkAccessPolicy: unknown() } } },
  {
    name: "public network access unknown and AllowAll",
    expect: "unknown",
    resource: { type: D, props: { ...base, networkAccessPolicy: "AllowAll", publicNetworkAccess: unknown() } },
  },
  { name: "a VM is not a disk", expect: "not-applicable", resource: { type: "azure-native:compute:VirtualMachine", props: { resourceGroupName: "rg" } } },
]);
