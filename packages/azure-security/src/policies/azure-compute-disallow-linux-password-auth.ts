import { peek } from "@rampart/policy-core";
import { azurePolicy } from "../policy";
import { checkValue, isTrue } from "../lib/checks";
import { VM, VMSS, vmProfilePrefix } from "../lib/compute";

/**
 * Linux VMs and scale sets must sign in with SSH keys only:
 * `osProfile.linuxConfiguration.disablePasswordAuthentication` true (the API default is false).
 * Windows machines (no linuxConfiguration) are not checked.
 */
export default azurePolicy({
  name: "azure-compute-disallow-linux-password-auth",
  description: "Linux virtual machines and scale sets must disable password authentication and use SSH keys.",
  severity: "high",
  enforcementLevel: "advisory",
  remediationSteps:
    "Set `osProfile.linuxConfiguration.disablePasswordAuthentication: true` (scale sets: `virtualMachineProfile.osProfile.linuxConfiguration...`), add the public key under `linuxConfiguration.ssh.publicKeys` and remove `adminPassword`.",
  url: "https://learn.microsoft.com/en-us/azure/virtual-machines/linux/create-ssh-keys-detailed",
  resourceTypes: [VM, VMSS],
  validateResource: ({ type, props }, report) => {
    const linux = `${vmProfilePrefix(type)}osProfile.linuxConfiguration`;
    if (peek(props, linux).state === "absent") return; // Windows, or an image with a generalized OS profile
    checkValue(props, report, {
      path: `${linux}.disablePasswordAuthentication`,
      ok: isTrue,
      bad: "SSH password sign-in is allowed. Set it to true and use SSH public keys.",
      absent: "the API default is false, so SSH password sign-in is allowed. Set it to true and use SSH public keys.",
    });
  },
});
