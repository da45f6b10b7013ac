import { peek, peekItems, requireKnown } from "@rampart/policy-core";
import { azurePolicy } from "../policy";
import { VM, VMSS } from "../lib/compute";

/**
 * VMs and scale sets must use managed disks: an unmanaged disk is a page blob (`vhd.uri` on a VM
 * disk, `vhdContainers` on a scale set OS disk) in a storage account the VM owner manages, which
 * Azure retires (unmanaged disks are retired since 30 September 2025).
 */
export default azurePolicy({
  name: "azure-compute-require-managed-disks",
  description: "Virtual machines and scale sets must use managed disks, not unmanaged VHDs in storage accounts.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    "Remove `vhd` from `storageProfile.osDisk` and each `storageProfile.dataDisks` entry (scale sets: `vhdContainers` from `virtualMachineProfile.storageProfile.osDisk`) and use `managedDisk: { storageAccountType: ... }` instead; convert existing VMs with ConvertTo-AzVMManagedDisk.",
  url: "https://learn.microsoft.com/en-us/azure/virtual-machines/unmanaged-disks-deprecation",
  resourceTypes: [VM, VMSS],
  validateResource: ({ type, props }, report) => {
    if (type === VMSS) {
      const c = peek(props, "virtualMachineProfile.storageProfile.osDisk.vhdContainers");
      if (c.state === "unknown") requireKnown(props, c.path);
      if (c.state === "known") {
        report(
          "virtualMachineProfile.storageProfile.osDisk.vhdContainers is set, so the scale set uses unmanaged disks in a storage account. Remove vhdContainers and use managedDisk.",
        );
      }
      return;
    }
    const os = peek(props, "storageProfile.osDisk.vhd");
    if (os.state === "unknown") requireKnown(props, os.path);
    if (os.state === "known") {
      report("storageProfile.osDisk.vhd is set, so the OS disk is an unmanaged VHD in a storage account. Remove vhd and use managedDisk.");
    }
    const data = peekItems<unknown>(props, "storageProfile.dataDisks");
    const unmanaged = data.known.filter((d) => peek(d, "vhd").state === "known").length;
    if (unmanaged > 0) {
      report(`${unmanaged} entries of storageProfile.dataDisks set vhd, so they are unmanaged VHDs in a storage account. Remove vhd and use managedDisk.`);
    } else if (data.unknown || data.known.some((d) => peek(d, "vhd").state === "unknown")) {
      requireKnown(props, "storageProfile.dataDisks");
    }
  },
});
