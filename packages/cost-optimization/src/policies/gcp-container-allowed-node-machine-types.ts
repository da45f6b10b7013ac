import { costPolicy } from "../policy";
import { gcpMachineTypeConfig } from "../lib/configs";
import { checkMachine } from "../lib/gcp";

/** GKE node pools (and a cluster's default pool) must use an allowed machine type within the stack's cap. */
export default costPolicy({
  name: "gcp-container-allowed-node-machine-types",
  description:
    "GKE node pools use an allowed node machine type (nodeConfig.machineType): no accelerator, memory-optimized or bare-metal type and no GPUs unless allowed, and no more vCPUs than the stack's cap.",
  severity: "medium",
  remediationSteps:
    "Set nodeConfig.machineType to a smaller general-purpose type (e2-standard-*, n2d-standard-*, t2a on Arm) and scale with the cluster autoscaler; use a separate GPU pool only where allowed (allowedMachineTypes, allowGuestAccelerators), or raise maxVcpus / nonProductionMaxVcpus.",
  url: "https://cloud.google.com/kubernetes-engine/docs/concepts/node-pools",
  tags: ["compute", "kubernetes"],
  resourceTypes: ["gcp:container/nodePool:NodePool", "gcp:container/cluster:Cluster"],
  config: gcpMachineTypeConfig(),
  validateResource: ({ props, config, urn, stackTags }, report) => {
    checkMachine(props, "nodeConfig.", { urn, stackTags }, config, report);
  },
});
