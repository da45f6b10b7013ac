import { isSet, peek } from "@rampart/policy-core";
import { azurePolicy } from "../policy";
import { checkValue, isTrue } from "../lib/checks";
import { isLinuxImage, VM, VMSS, vmProfilePrefix } from "../lib/compute";

/**
 * Linux VMs and scale sets must sign in with SSH keys only:
 * `osProfile.linuxConfiguration.disablePasswordAuthentication` true (the API default is false).
 * A machine without linuxConfiguration is checked only when its inputs say it is Linux (OS disk
 * type or a Linux image publisher) and it has an adminPassword: then password sign-in is on.
 * Windows machines are not checked.
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
    const os = `${vmProfilePrefix(type)}osProfile`;
    const linux = `${os}.linuxConfiguration`;
    if (peek(props, linux).state === "absent") {
      // No linuxConfiguration: Windows, a specialized disk, or a Linux image whose defaults apply.
      // isSet reads only whether the (secret) password is there, never its value.
      if (isLinuxImage(type, props) && isSet(props, `${os}.adminPassword`)) {
        report(
          `${linux} is not set on a Linux image and ${os}.adminPassword is, so SSH password sign-in is allowed (the API default of disablePasswordAuthentication is false). Add linuxConfiguration with disablePasswordAuthentication: true and SSH public keys, and remove adminPassword.`,
        );
      }
      return;
    }
    checkValue(props, report, {
      path: `${linux}.disablePasswordAuthentication`,
      ok: isTrue,
      bad: "SSH password sign-in is allowed. Set it to true and use SSH public keys.",
      absent: "the API default is false, so SSH password sign-in is allowed. Set it to true and use SSH public keys.",
    });
  },
});
