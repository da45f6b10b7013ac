import { ENVIRONMENT_CONFIG, peek, peekItems, requireKnown, type Peeked, msg } from "@rampart/policy-core";
import { costPolicy } from "../policy";
import { limitFor } from "../lib/env";

const DISK = "azure-native:compute:Disk";
const VM = "azure-native:compute:VirtualMachine";

/** Managed disks must stay within the stack's size cap. */
export default costPolicy({
  name: "azure-compute-disk-size-cap",
  description: "Azure managed disks (standalone, and a VM's OS and data disks) stay at or below the stack's size cap in GiB.",
  severity: "medium",
  remediationSteps:
    "Size diskSizeGB to the data it holds (managed disks can be expanded later), keep bulk data in Blob Storage, or raise maxDiskSizeGb / nonProductionMaxDiskSizeGb for the stack.",
  url: "https://learn.microsoft.com/azure/virtual-machines/disks-types",
  tags: ["storage"],
  resourceTypes: [DISK, VM],
  config: {
    maxDiskSizeGb: { type: "integer", minimum: 1, description: "Largest managed disk in GiB on production stacks.", default: 4096 },
    nonProductionMaxDiskSizeGb: { type: "integer", minimum: 1, description: "Largest managed disk in GiB on non-production stacks.", default: 512 },
    ...ENVIRONMENT_CONFIG,
  },
  validateResource: ({ type, props, config, urn, stackTags }, report) => {
    const cap = limitFor({ urn, stackTags }, config, "maxDiskSizeGb");
    const spots: { path: string; p: Peeked<number> }[] = [];
    let unknown = false;
    if (type === DISK) spots.push({ path: "diskSizeGB", p: peek<number>(props, "diskSizeGB") });
    else {
      spots.push({ path: "storageProfile.osDisk.diskSizeGB", p: peek<number>(props, "storageProfile.osDisk.diskSizeGB") });
      const data = peekItems<unknown>(props, "storageProfile.dataDisks");
      unknown ||= data.unknown;
      data.known.forEach((d, i) => spots.push({ path: `storageProfile.dataDisks[${i}].diskSizeGB`, p: peek<number>(d, "diskSizeGB") }));
    }
    let hit = false;
    for (const s of spots) {
      if (s.p.state === "unknown") unknown = true;
      else if (s.p.state === "known" && typeof s.p.value === "number" && s.p.value > cap.value) {
        hit = true;
        report(msg`${s.path} is ${s.p.value} GiB, above the ${cap.environment} cap ${cap.key} = ${cap.value}. Make the disk smaller or raise ${cap.key}.`);
      }
    }
    if (!hit && unknown) requireKnown(props);
  },
});
