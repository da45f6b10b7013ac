import { costPolicy } from "../policy";
import { azureVmSizeConfig } from "../lib/configs";
import { AZURE_VM_SIZES } from "../lib/compute-sizes";
import { validateOffering } from "../lib/offering";

/** Azure VMs must use an allowed size within the stack's vCPU cap. */
export default costPolicy({
  name: "azure-compute-allowed-vm-sizes",
  description: "Azure virtual machines use an allowed size: no GPU, giant-memory or HPC series unless allowed, and no more vCPUs than the stack's cap.",
  severity: "medium",
  remediationSteps:
    "Set hardwareProfile.vmSize to a smaller general-purpose size (Standard_B* for burstable dev/test, Standard_D*as_v5/Standard_D*ps_v5 for general purpose); list approved sizes in allowedVmSizes, or raise maxVcpus / nonProductionMaxVcpus for the stack.",
  url: "https://learn.microsoft.com/azure/virtual-machines/sizes/overview",
  tags: ["compute"],
  resourceTypes: ["azure-native:compute:VirtualMachine"],
  config: azureVmSizeConfig(),
  validateResource: validateOffering("hardwareProfile.vmSize", AZURE_VM_SIZES),
});
