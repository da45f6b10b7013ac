import { costPolicy } from "../policy";
import { capRule } from "../lib/cap";

/** Azure VM scale sets must not run more instances than the stack's cap. */
export default costPolicy({
  name: "azure-compute-scale-set-capacity-cap",
  description: "Azure VM scale sets keep their instance count (sku.capacity) at or below the stack's cap.",
  severity: "medium",
  remediationSteps:
    "Lower sku.capacity to the baseline the workload needs and let autoscale rules add instances at peak; or raise maxInstances / nonProductionMaxInstances for the stack.",
  url: "https://learn.microsoft.com/azure/virtual-machine-scale-sets/virtual-machine-scale-sets-autoscale-overview",
  tags: ["compute"],
  resourceTypes: ["azure-native:compute:VirtualMachineScaleSet"],
  ...capRule(
    "maxInstances",
    { what: "Most instances per scale set", minimum: 0, production: 20, nonProduction: 4 },
    {
      spots: ["sku.capacity"],
      advice: (key) => `Lower it (autoscale for peaks) or raise ${key}.`,
      unknownPath: "sku.capacity",
    },
  ),
});
