import { ENVIRONMENT_CONFIG, peek } from "@rampart/policy-core";
import { costPolicy } from "../policy";
import { capConfig, reportOverCap } from "../lib/cap";
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
    ...capConfig("maxInstances", { what: "Most instances per scale set", minimum: 0, production: 20, nonProduction: 4 }),
    ...ENVIRONMENT_CONFIG,
  },
  validateResource: ({ props, config, urn, stackTags }, report) => {
    const cap = limitFor({ urn, stackTags }, config, "maxInstances");
    reportOverCap(props, [{ path: "sku.capacity", value: peek<number>(props, "sku.capacity") }], cap, report, {
      advice: (key) => `Lower it (autoscale for peaks) or raise ${key}.`,
      unknownPath: "sku.capacity",
    });
  },
});
