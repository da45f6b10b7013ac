import { ENVIRONMENT_CONFIG, peek, requireKnown, msg } from "@rampart/policy-core";
import { costPolicy } from "../policy";
import { limitFor } from "../lib/env";

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
  config: {
    maxInstances: { type: "integer", minimum: 0, description: "Most instances per scale set on production stacks.", default: 20 },
    nonProductionMaxInstances: { type: "integer", minimum: 0, description: "Most instances per scale set on non-production stacks.", default: 4 },
    ...ENVIRONMENT_CONFIG,
  },
  validateResource: ({ props, config, urn, stackTags }, report) => {
    const c = peek<number>(props, "sku.capacity");
    if (c.state === "unknown") return requireKnown(props, "sku.capacity");
    if (c.state !== "known" || typeof c.value !== "number") return;
    const cap = limitFor({ urn, stackTags }, config, "maxInstances");
    if (c.value > cap.value)
      report(msg`sku.capacity is ${c.value}, above the ${cap.environment} cap ${cap.key} = ${cap.value}. Lower it (autoscale for peaks) or raise ${cap.key}.`);
  },
});
