import { costPolicy } from "../policy";
import { azureVmSizeConfig } from "../lib/configs";
import { AZURE_VM_SIZES } from "../lib/compute-sizes";
import { validateOffering } from "../lib/offering";

/** Azure VM scale sets must use an allowed size within the stack's vCPU cap. */
export default costPolicy({
  name: "azure-compute-allowed-scale-set-sizes",
  description:
    "Azure VM scale sets use an allowed VM size (sku.name): no GPU, giant-memory or HPC series unless allowed, and no more vCPUs than the stack's cap.",
  severity: "medium",
  remediationSteps:
    "Set sku.name to a smaller general-purpose size (Standard_B*, Standard_D*as_v5); list approved sizes in allowedVmSizes, or raise maxVcpus / nonProductionMaxVcpus for the stack.",
  url: "https://learn.microsoft.com/azure/virtual-machine-scale-sets/virtual-machine-scale-sets-change-sku",
  tags: ["compute"],
  resourceTypes: ["azure-native:compute:VirtualMachineScaleSet"],
  config: azureVmSizeConfig(),
  validateResource: validateOffering("sku.name", AZURE_VM_SIZES),
});
