/**
 * Config schemas shared by several policies (each policy still carries its own copy in its
 * configSchema: the Pulumi CLI keys config by policy name).
 */
import { ENVIRONMENT_CONFIG } from "@rampart/policy-core";
import { capConfig, sizeNameCapConfig } from "./cap";
import { patternListConfig } from "./offering";

/** GPU, accelerator, FPGA, high-memory and bare-metal EC2 families: blocked unless allowed. */
export const AWS_BLOCKED_INSTANCE_TYPES = ["p*", "g*", "inf*", "trn*", "dl*", "f*", "vt*", "x*", "u*", "*.metal*"];

/** Config of the EC2 instance-type policies (instances, launch templates). */
export function awsInstanceTypeConfig() {
  return {
    ...patternListConfig("InstanceTypes", {
      noun: ["instance types", "type"],
      examples: '["t3.*", "m7g.*"]',
      blockedWhat: "GPU/accelerator (p, g, inf, trn, dl, f, vt), high-memory (x, u) and bare-metal sizes",
      blocked: AWS_BLOCKED_INSTANCE_TYPES,
      liftsBlock: true,
    }),
    ...sizeNameCapConfig("maxSize", {
      what: "Largest instance size",
      note: "nano … large, xlarge, <N>xlarge, metal",
      pattern: "^(nano|micro|small|medium|large|xlarge|[0-9]+xlarge|metal)$",
      production: "16xlarge",
      nonProduction: "2xlarge",
    }),
    ...ENVIRONMENT_CONFIG,
  };
}

/** GPU (N), very large memory (M, G) and HPC (H) Azure VM series: blocked unless allowed. */
export const AZURE_BLOCKED_VM_SIZES = ["Standard_N*", "Standard_M*", "Standard_G*", "Standard_H*"];

/** Config of the Azure VM-size policies (virtual machines, scale sets). */
export function azureVmSizeConfig() {
  return {
    ...patternListConfig("VmSizes", {
      noun: ["VM sizes", "size"],
      examples: '["Standard_B*", "Standard_D*s_v5"]',
      blockedWhat: "GPU (N series), memory-optimized giants (M, G series) and HPC (H series)",
      blocked: AZURE_BLOCKED_VM_SIZES,
      liftsBlock: true,
    }),
    ...capConfig("maxVcpus", { what: "Most vCPUs per VM", note: "read from the size name", minimum: 1, production: 64, nonProduction: 8 }),
    ...ENVIRONMENT_CONFIG,
  };
}

/** GPU/TPU (a2, a3, a4, g2, g4, ct), memory-optimized (m1-m4, x4) and bare-metal GCP machine types: blocked unless allowed. */
export const GCP_BLOCKED_MACHINE_TYPES = ["a2-*", "a3-*", "a4-*", "g2-*", "g4-*", "ct*", "m1-*", "m2-*", "m3-*", "m4-*", "x4-*", "*-metal"];

/** Config of the GCP machine-type policies (instances, templates, node pools). */
export function gcpMachineTypeConfig() {
  return {
    ...patternListConfig("MachineTypes", {
      noun: ["machine types", "type"],
      examples: '["e2-*", "n2d-standard-*"]',
      blockedWhat: "accelerator-optimized (a2, a3, a4, g2, g4, ct TPU), memory-optimized (m1-m4, x4) and bare metal",
      blocked: GCP_BLOCKED_MACHINE_TYPES,
      liftsBlock: true,
    }),
    allowGuestAccelerators: { type: "boolean" as const, description: "Allow attached GPUs (guestAccelerators).", default: false },
    ...capConfig("maxVcpus", { what: "Most vCPUs per machine", note: "read from the machine type name", minimum: 1, production: 64, nonProduction: 8 }),
    ...ENVIRONMENT_CONFIG,
  };
}
