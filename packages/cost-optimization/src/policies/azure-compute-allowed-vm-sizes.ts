import { definePolicy, peek, requireKnown } from "@rampart/policy-core";
import { azureVmSizeConfig } from "../lib/configs";
import { limitFor } from "../lib/env";
import { checkOffering } from "../lib/offering";
import { azureVmVcpus } from "../lib/sizes";

/** Azure VMs must use an allowed size within the stack's vCPU cap. */
export default definePolicy({
  name: "azure-compute-allowed-vm-sizes",
  description: "Azure virtual machines use an allowed size: no GPU, giant-memory or HPC series unless allowed, and no more vCPUs than the stack's cap.",
  cloud: "azure",
  service: "compute",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    "Set hardwareProfile.vmSize to a smaller general-purpose size (Standard_B* for burstable dev/test, Standard_D*as_v5/Standard_D*ps_v5 for general purpose); list approved sizes in allowedVmSizes, or raise maxVcpus / nonProductionMaxVcpus for the stack.",
  url: "https://learn.microsoft.com/azure/virtual-machines/sizes/overview",
  tags: ["cost", "compute"],
  resourceTypes: ["azure-native:compute:VirtualMachine"],
  config: azureVmSizeConfig(),
  validateResource: ({ props, config, urn, stackTags }, report) => {
    const s = peek<string>(props, "hardwareProfile.vmSize");
    if (s.state === "unknown") return requireKnown(props, "hardwareProfile.vmSize");
    if (s.state !== "known" || typeof s.value !== "string") return;
    checkOffering(
      {
        value: s.value,
        path: "hardwareProfile.vmSize",
        allowed: config.allowedVmSizes,
        allowedKey: "allowedVmSizes",
        blocked: config.blockedVmSizes,
        blockedKey: "blockedVmSizes",
        cap: limitFor({ urn, stackTags }, config, "maxVcpus"),
        sizeOf: azureVmVcpus,
        capSize: (c) => Number(c),
        advice: "Choose a smaller general-purpose size (Standard_B*, Standard_D*_v5).",
      },
      report,
    );
  },
});
