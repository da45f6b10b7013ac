/**
 * Virtual machines and scale sets carry the same profiles at different places: a
 * `compute:VirtualMachine` has `osProfile`, `securityProfile` and `storageProfile` at the top of
 * its inputs, a `compute:VirtualMachineScaleSet` under `virtualMachineProfile`
 * (compute/virtualMachine.d.ts, compute/virtualMachineScaleSet.d.ts).
 */

/** Type token of an Azure virtual machine (azure-native 3). */
export const VM = "azure-native:compute:VirtualMachine";
/** Type token of an Azure virtual machine scale set (azure-native 3). */
export const VMSS = "azure-native:compute:VirtualMachineScaleSet";
/** Type token of a managed disk (azure-native 3). */
export const DISK = "azure-native:compute:Disk";

/** The path prefix of the VM profiles for `type` ("" for a VM, "virtualMachineProfile." for a scale set). */
export function vmProfilePrefix(type: string): string {
  return type === VMSS ? "virtualMachineProfile." : "";
}
