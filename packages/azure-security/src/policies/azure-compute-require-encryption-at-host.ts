import { peek } from "@rampart/policy-core";
import { azurePolicy } from "../policy";
import { checkValue, isTrue } from "../lib/checks";
import { VM, VMSS, vmProfilePrefix } from "../lib/compute";

/**
 * VMs and scale sets should encrypt temp disks and disk caches at the host
 * (`securityProfile.encryptionAtHost`, false unless set). Managed disks themselves are always
 * encrypted at rest by the platform; this closes the gap for temp disks and caches. A scale set
 * without `virtualMachineProfile` (Flexible orchestration with VMs attached one by one) defines no
 * VMs itself and is not checked: its VMs are checked as VirtualMachines.
 */
export default azurePolicy({
  name: "azure-compute-require-encryption-at-host",
  description: "Virtual machines and scale sets must enable encryption at host so temp disks and disk caches are encrypted.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    "Set `securityProfile: { encryptionAtHost: true }` on the VM (scale sets: `virtualMachineProfile.securityProfile.encryptionAtHost`); register the EncryptionAtHost feature of Microsoft.Compute on the subscription first.",
  url: "https://learn.microsoft.com/en-us/azure/virtual-machines/disk-encryption#encryption-at-host---end-to-end-encryption-for-your-vm-data",
  resourceTypes: [VM, VMSS],
  validateResource: ({ type, props, notApplicable }, report) => {
    if (type === VMSS && peek(props, "virtualMachineProfile").state === "absent") notApplicable("a scale set without virtualMachineProfile defines no VMs");
    checkValue(props, report, {
      path: `${vmProfilePrefix(type)}securityProfile.encryptionAtHost`,
      ok: isTrue,
      bad: "temp disks and disk caches are not encrypted at the host. Set it to true.",
      absent: "encryption at host is off by default, so temp disks and disk caches are not encrypted at the host. Set it to true.",
    });
  },
});
