import { msg, peek, requireKnown } from "@rampart/policy-core";
import { vmPolicy } from "../lib/compute";

/** VMs that process sensitive data should be Confidential VMs (memory encrypted in use). */
export default vmPolicy({
  name: "gcp-compute-recommend-confidential-computing",
  description: "VM instances and instance templates should be Confidential VMs (`confidentialInstanceConfig`), so memory is encrypted while in use.",
  severity: "low",
  enforcementLevel: "advisory",
  remediationSteps:
    'Set `confidentialInstanceConfig: { confidentialInstanceType: "SEV" }` (or `SEV_SNP` / `TDX`) with a supported machine type (N2D, C2D, C3D for AMD; C3 for TDX) and `scheduling.onHostMaintenance` as the type requires.',
  url: "https://cloud.google.com/confidential-computing/confidential-vm/docs/create-a-confidential-vm-instance",
  check: (props, vm, report) => {
    const enabled = peek<unknown>(props, "confidentialInstanceConfig.enableConfidentialCompute");
    const kind = peek<unknown>(props, "confidentialInstanceConfig.confidentialInstanceType");
    if ((enabled.state === "known" && enabled.value === true) || (kind.state === "known" && typeof kind.value === "string" && kind.value !== "")) return;
    if (enabled.state === "unknown" || kind.state === "unknown") {
      requireKnown(props, "confidentialInstanceConfig");
      return;
    }
    report(
      msg`confidentialInstanceConfig does not enable Confidential Computing (off by default), so this ${vm}'s memory is not encrypted in use. Set confidentialInstanceConfig.confidentialInstanceType on a supported machine type.`,
    );
  },
});
