import { fixtures, unknown } from "@rampart/policy-testing";

const VM = "azure-native:compute:VirtualMachine";
const VMSS = "azure-native:compute:VirtualMachineScaleSet";
const managed = { createOption: "FromImage", managedDisk: { storageAccountType: "Premium_LRS" } };

export default fixtures([
  {
    name: "VM with managed OS and data disks",
    expect: "pass",
    resource: {
      type: VM,
      props: { resourceGroupName: "rg", storageProfile: { osDisk: managed, dataDisks: [{ ...managed, createOption: "Empty", lun: 0, diskSizeGB: 64 }] } },
    },
  },
  {
    name: "VM with defaults (managed by default)",
    expect: "pass",
    resource: { type: VM, props: { resourceGroupName: "rg", storageProfile: { imageReference: { publisher: "Canonical" } } } },
  },
  {
    name: "scale set with managed disks",
    expect: "pass",
    resource: { type: VMSS, props: { resourceGroupName: "rg", virtualMachineProfile: { storageProfile: { osDisk: managed } } } },
  },
  {
    name: "VM with an unmanaged OS disk",
    expect: "violate",
    message: "storageProfile.osDisk.vhd is set",
    resource: {
      type: VM,
      props: {
        resourceGroupName: "rg",
        storageProfile: { osDisk: { createOption: "FromImage", name: "os", vhd: { uri: "https://sa.blob.core.windows.net/vhds/os.vhd" } } },
      },
    },
  },
  {
    name: "VM with an unmanaged data disk",
    expect: "violate",
    message: "1 entries of storageProfile.dataDisks set vhd",
    resource: {
      type: VM,
      props: {
        resourceGroupName: "rg",
        storageProfile: { osDisk: managed, dataDisks: [{ lun: 0, createOption: "Empty", vhd: { uri: "https://sa.blob.core.windows.net/vhds/d.vhd" } }] },
      },
    },
  },
  {
    name: "scale set with VHD containers",
    expect: "violate",
    message: "vhdContainers is set",
    resource: {
      type: VMSS,
      props: {
        resourceGroupName: "rg",
        virtualMachineProfile: { storageProfile: { osDisk: { createOption: "FromImage", vhdContainers: ["https://sa.blob.core.windows.net/vhds"] } } },
      },
    },
  },
  {
    name: "data disks unknown during preview",
    expect: "unknown",
    resource: { type: VM, props: { resourceGroupName: "rg", storageProfile: { osDisk: managed, dataDisks: unknown() } } },
  },
  {
    name: "a disk is not a VM",
    expect: "not-applicable",
    resource: { type: "azure-native:compute:Disk", props: { resourceGroupName: "rg", creationData: { createOption: "Empty" } } },
  },
]);
