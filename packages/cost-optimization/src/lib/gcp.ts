/**
 * GCP compute helpers: one machine-type check for instances, templates and GKE node pools, and
 * the disks declared by instances, templates and standalone disks (property names per @pulumi/gcp 9:
 * InstanceArgs.machineType/guestAccelerators/bootDisk.initializeParams, InstanceTemplateArgs.disks[],
 * DiskArgs.type/size, NodePoolNodeConfig.machineType/guestAccelerators).
 */
import { peek, peekItems, requireKnown, type Report, msg } from "@rampart/policy-core";
import type { gcpMachineTypeConfig } from "./configs";
import { checkOfferingAt, type OfferingSpec } from "./offering";
import { gcpMachineTypeName, gcpMachineVcpus } from "./sizes";

/** GCP machine types (by name) against `allowedMachineTypes`/`blockedMachineTypes` and the `maxVcpus` vCPU cap. */
const GCP_MACHINE_TYPES: OfferingSpec<"MachineTypes", "maxVcpus"> = {
  lists: "MachineTypes",
  cap: "maxVcpus",
  sizeOf: gcpMachineVcpus,
  capSize: (c) => Number(c),
  advice: "Choose a smaller general-purpose type (e2-*, n2d-standard-*, t2a/c4a on Arm).",
  nameOf: gcpMachineTypeName,
};

type MachineConfig = { [K in keyof ReturnType<typeof gcpMachineTypeConfig>]: ReturnType<typeof gcpMachineTypeConfig>[K]["default"] };

/**
 * Checks the machine type at `base + machineType` and the accelerators at
 * `base + guestAccelerators` of `obj` (base "" for instances/templates, "nodeConfig." for node pools).
 */
export function checkMachine(
  obj: unknown,
  base: string,
  where: { urn: string; stackTags: ReadonlyMap<string, string> },
  config: MachineConfig,
  report: Report,
): void {
  const accel = peekItems<unknown>(obj, `${base}guestAccelerators`);
  // An entry with count 0 attaches no GPU; one with an unknown count may not either.
  let accelUnknown = accel.unknown;
  const gpus = accel.known.filter((a) => {
    const count = peek<unknown>(a, "count");
    if (count.state === "unknown") accelUnknown = true;
    return count.state === "absent" || (count.state === "known" && count.value !== 0);
  });
  if (!config.allowGuestAccelerators && gpus.length) {
    report(
      msg`${base}guestAccelerators attaches ${gpus.length} GPU type(s). Remove the GPUs, or set allowGuestAccelerators for this stack if they are needed.`,
    );
    return;
  }
  const checked = checkOfferingAt(obj, `${base}machineType`, GCP_MACHINE_TYPES, where, config, report);
  if (checked === true || checked === "unknown") return;
  if (!config.allowGuestAccelerators && accelUnknown) requireKnown(obj, `${base}guestAccelerators`);
}

/** The resources that declare GCP persistent disks, as `gcpDisks` reads them. */
export const GCP_DISK_RESOURCE_TYPES = [
  "gcp:compute/disk:Disk",
  "gcp:compute/regionDisk:RegionDisk",
  "gcp:compute/instance:Instance",
  "gcp:compute/instanceTemplate:InstanceTemplate",
  "gcp:compute/regionInstanceTemplate:RegionInstanceTemplate",
];

/** A disk declared by a GCP resource: its path, type name (last URL segment) and size in GB. */
export interface GcpDisk {
  path: string;
  type?: string;
  size?: number;
}

/** Disks of a Disk/RegionDisk, an Instance (boot disk) or an (Region)InstanceTemplate, plus whether any value is unknown. */
export function gcpDisks(type: string, props: unknown): { disks: GcpDisk[]; unknown: boolean } {
  const disks: GcpDisk[] = [];
  let unknown = false;
  const read = (obj: unknown, path: string, typeKey: string, sizeKey: string) => {
    const t = peek<string>(obj, typeKey);
    const s = peek<number>(obj, sizeKey);
    if (t.state === "unknown" || s.state === "unknown") unknown = true;
    disks.push({
      path,
      type: t.state === "known" && typeof t.value === "string" ? t.value.split("/").pop() : undefined,
      size: s.state === "known" && typeof s.value === "number" ? s.value : undefined,
    });
  };
  if (type === "gcp:compute/disk:Disk" || type === "gcp:compute/regionDisk:RegionDisk") read(props, "", "type", "size");
  else if (type === "gcp:compute/instance:Instance") {
    const p = peek<unknown>(props, "bootDisk.initializeParams");
    if (p.state === "unknown") unknown = true;
    else if (p.state === "known") read(p.value, "bootDisk.initializeParams.", "type", "size");
  } else {
    const list = peekItems<unknown>(props, "disks");
    unknown ||= list.unknown;
    list.known.forEach((d, i) => read(d, `disks[${i}].`, "diskType", "diskSizeGb"));
  }
  return { disks, unknown };
}
