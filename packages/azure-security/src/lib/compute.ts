/**
 * Virtual machines and scale sets carry the same profiles at different places: a
 * `compute:VirtualMachine` has `osProfile`, `securityProfile` and `storageProfile` at the top of
 * its inputs, a `compute:VirtualMachineScaleSet` under `virtualMachineProfile`
 * (compute/virtualMachine.d.ts, compute/virtualMachineScaleSet.d.ts).
 */
import { peek } from "@rampart/policy-core";

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

/**
 * Publishers of Linux images in the Azure Marketplace (`storageProfile.imageReference.publisher`,
 * compared case-insensitively): Canonical (Ubuntu), RedHat, Debian, SUSE, OpenLogic (CentOS),
 * AlmaLinux, Kinvolk (Flatcar), credativ (older Debian), resf (Rocky Linux) and Oracle (Oracle Linux).
 */
const LINUX_PUBLISHERS = new Set(["canonical", "redhat", "debian", "suse", "openlogic", "almalinux", "kinvolk", "credativ", "resf", "oracle"]);

/**
 * Whether a VM or scale set without an explicit `linuxConfiguration` is still a Linux machine, by
 * what its inputs say: `storageProfile.osDisk.osType` "Linux" or a Linux image publisher. Unknown
 * or unrecognised values give false (no verdict, no false violation).
 */
export function isLinuxImage(type: string, props: unknown): boolean {
  const storage = `${vmProfilePrefix(type)}storageProfile`;
  const osType = peek<unknown>(props, `${storage}.osDisk.osType`);
  if (osType.state === "known" && typeof osType.value === "string") return osType.value.toLowerCase() === "linux";
  const publisher = peek<unknown>(props, `${storage}.imageReference.publisher`);
  return publisher.state === "known" && typeof publisher.value === "string" && LINUX_PUBLISHERS.has(publisher.value.toLowerCase());
}
