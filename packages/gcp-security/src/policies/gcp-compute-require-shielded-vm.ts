import { VM_TYPES } from "../lib/compute";
import { checkBoolean } from "../lib/checks";
import { gcpPolicy } from "../policy";

/**
 * VMs should be Shielded VMs: Secure Boot on (the provider's default is false), vTPM and
 * integrity monitoring left on (both default to true). Needs a Shielded VM image (all current
 * public images are).
 */
export default gcpPolicy({
  name: "gcp-compute-require-shielded-vm",
  description: "VM instances and instance templates should run as Shielded VMs with Secure Boot, vTPM and integrity monitoring enabled.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    "Set `shieldedInstanceConfig: { enableSecureBoot: true, enableVtpm: true, enableIntegrityMonitoring: true }` and use a Shielded VM-capable image (every current public image); enforce `constraints/compute.requireShieldedVm` as an organization policy.",
  url: "https://cloud.google.com/compute/shielded-vm/docs/modifying-shielded-vm",
  resourceTypes: VM_TYPES,
  validateResource: ({ props }, report) => {
    checkBoolean(
      props,
      {
        path: "shieldedInstanceConfig.enableSecureBoot",
        want: true,
        defaultValue: false,
        risk: "boot components are not signature-checked and a boot-level rootkit can load",
        fix: "Set shieldedInstanceConfig.enableSecureBoot to true.",
      },
      report,
    );
    checkBoolean(
      props,
      {
        path: "shieldedInstanceConfig.enableVtpm",
        want: true,
        defaultValue: true,
        risk: "measured boot and integrity monitoring have no trusted platform module",
        fix: "Remove enableVtpm: false.",
      },
      report,
    );
    checkBoolean(
      props,
      {
        path: "shieldedInstanceConfig.enableIntegrityMonitoring",
        want: true,
        defaultValue: true,
        risk: "changes to the boot sequence are not detected",
        fix: "Remove enableIntegrityMonitoring: false.",
      },
      report,
    );
  },
});
