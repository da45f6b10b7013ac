import { peek, requireKnown } from "@rampart/policy-core";
import { azurePolicy } from "../policy";
import { checkValue, noneOf } from "../lib/checks";
import { VM, VMSS, vmProfilePrefix } from "../lib/compute";

/**
 * Trusted launch VMs and scale sets must keep secure boot and vTPM on
 * (`securityProfile.uefiSettings.secureBootEnabled` / `vTpmEnabled` not false). Only machines
 * with `securityType` TrustedLaunch or ConfidentialVM are checked: other machines (Generation 1
 * images) have no UEFI settings, and the default security type depends on API version and image.
 */
export default azurePolicy({
  name: "azure-compute-require-secure-boot-vtpm",
  description: "Trusted launch and confidential virtual machines and scale sets must keep secure boot and vTPM enabled.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    'Set `securityProfile.uefiSettings: { secureBootEnabled: true, vTpmEnabled: true }` with `securityType: "TrustedLaunch"` (scale sets: under `virtualMachineProfile.securityProfile`); use signed boot components if secure boot fails.',
  url: "https://learn.microsoft.com/en-us/azure/virtual-machines/trusted-launch",
  resourceTypes: [VM, VMSS],
  validateResource: ({ type, props }, report) => {
    const sp = `${vmProfilePrefix(type)}securityProfile`;
    const st = peek<unknown>(props, `${sp}.securityType`);
    if (st.state === "absent") return;
    if (st.state === "unknown") {
      // Only matters when a UEFI setting is turned off.
      const off = ["secureBootEnabled", "vTpmEnabled"].some((k) => peek(props, `${sp}.uefiSettings.${k}`).state !== "absent");
      if (off) requireKnown(props, `${sp}.securityType`);
      return;
    }
    if (typeof st.value !== "string" || !["trustedlaunch", "confidentialvm"].includes(st.value.toLowerCase())) return;
    for (const k of ["secureBootEnabled", "vTpmEnabled"]) {
      checkValue(props, report, {
        path: `${sp}.uefiSettings.${k}`,
        ok: (v) => v !== false && noneOf("false")(v),
        bad: "a trusted launch machine runs without this boot integrity protection. Set it to true.",
      });
    }
  },
});
