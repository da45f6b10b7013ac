/**
 * The size checks shared by the compute size policies: AWS instance types (EC2 instances and
 * launch templates: `instanceType`) and Azure VM sizes (VMs: `hardwareProfile.vmSize`, scale sets:
 * `sku.name`), as `OfferingSpec`s for `validateOffering` (./offering.ts).
 */
import type { OfferingSpec } from "./offering";
import { awsSizeUnits, azureVmVcpus } from "./sizes";

/** AWS instance types against `allowedInstanceTypes`/`blockedInstanceTypes` and the `maxSize` size cap. */
export const AWS_INSTANCE_TYPES: OfferingSpec<"InstanceTypes", "maxSize"> = {
  lists: "InstanceTypes",
  cap: "maxSize",
  sizeOf: awsSizeUnits,
  capSize: (c) => awsSizeUnits(String(c)),
  advice: "Choose a smaller type of a current general-purpose family.",
};

/** Azure VM sizes against `allowedVmSizes`/`blockedVmSizes` and the `maxVcpus` vCPU cap. */
export const AZURE_VM_SIZES: OfferingSpec<"VmSizes", "maxVcpus"> = {
  lists: "VmSizes",
  cap: "maxVcpus",
  sizeOf: azureVmVcpus,
  capSize: (c) => Number(c),
  advice: "Choose a smaller general-purpose size (Standard_B*, Standard_D*_v5).",
};
