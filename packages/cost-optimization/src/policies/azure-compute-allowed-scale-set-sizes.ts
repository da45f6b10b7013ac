import { definePolicy, peek, requireKnown } from "@rampart/policy-core";
import { azureVmSizeConfig } from "../lib/configs";
import { limitFor } from "../lib/env";
import { checkOffering } from "../lib/offering";
import { azureVmVcpus } from "../lib/sizes";

/** Azure VM scale sets must use an allowed size within the stack's vCPU cap. */
export default definePolicy({
  name: "azure-compute-allowed-scale-set-sizes",
  description: "Azure VM scale sets use an allowed VM size (sku.name): no GPU, giant-memory or HPC series unless allowed, and no more vCPUs than the stack's cap.",
  cloud: "azure",
  service: "compute",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    "Set sku.name to a smaller general-purpose size (Standard_B*, Standard_D*as_v5); list approved sizes in allowedVmSizes, or raise maxVcpus / nonProductionMaxVcpus for the stack.",
  url: "https://learn.microsoft.com/azure/virtual-machine-scale-sets/virtual-machine-scale-sets-change-sku",
  tags: ["cost", "compute"],
  resourceTypes: ["azure-native:compute:VirtualMachineScaleSet"],
  config: azureVmSizeConfig(),
  validateResource: ({ props, config, urn, stackTags }, report) => {
    const s = peek<string>(props, "sku.name");
    if (s.state === "unknown") return requireKnown(props, "sku.name");
    if (s.state !== "known" || typeof s.value !== "string") return;
    checkOffering(
      {
        value: s.value,
        path: "sku.name",
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
