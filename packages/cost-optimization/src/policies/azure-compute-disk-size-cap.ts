import { peek, peekItems } from "@rampart/policy-core";
import { costPolicy } from "../policy";
import { capRule, type CapSpot } from "../lib/cap";

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
  ...capRule(
    "maxDiskSizeGb",
    { what: "Largest managed disk in GiB", minimum: 1, production: 4096, nonProduction: 512 },
    {
      spots: (type, props) => {
        const spots: CapSpot[] = [];
        if (type === DISK) return { spots: [{ path: "diskSizeGB", value: peek<number>(props, "diskSizeGB") }] };
        spots.push({ path: "storageProfile.osDisk.diskSizeGB", value: peek<number>(props, "storageProfile.osDisk.diskSizeGB") });
        const data = peekItems<unknown>(props, "storageProfile.dataDisks");
        data.known.forEach((d, i) => spots.push({ path: `storageProfile.dataDisks[${i}].diskSizeGB`, value: peek<number>(d, "diskSizeGB") }));
        return { spots, unknown: data.unknown };
      },
      unit: "GiB",
      advice: (key) => `Make the disk smaller or raise ${key}.`,
    },
  ),
});
