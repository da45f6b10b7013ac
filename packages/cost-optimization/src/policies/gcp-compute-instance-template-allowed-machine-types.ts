import { costPolicy } from "../policy";
import { gcpMachineTypeConfig } from "../lib/configs";
import { checkMachine } from "../lib/gcp";

/** Compute Engine instance templates must use an allowed machine type within the stack's vCPU cap, without GPUs unless allowed. */
export default costPolicy({
  name: "gcp-compute-instance-template-allowed-machine-types",
  description:
    "Compute Engine instance templates use an allowed machine type: no accelerator, memory-optimized or bare-metal type and no GPUs unless allowed, and no more vCPUs than the stack's cap.",
  severity: "medium",
  remediationSteps:
    "Set machineType to a smaller general-purpose type (e2-small/e2-medium for dev, e2-standard-*, n2d-standard-* or Arm t2a/c4a for production) and drop guestAccelerators; list approved types in allowedMachineTypes, or raise maxVcpus / nonProductionMaxVcpus for the stack.",
  url: "https://cloud.google.com/compute/docs/instance-templates",
  tags: ["compute"],
  resourceTypes: ["gcp:compute/instanceTemplate:InstanceTemplate", "gcp:compute/regionInstanceTemplate:RegionInstanceTemplate"],
  config: gcpMachineTypeConfig(),
  validateResource: ({ props, config, urn, stackTags }, report) => {
    checkMachine(props, "", { urn, stackTags }, config, report);
  },
});
