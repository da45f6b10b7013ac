import { costPolicy } from "../policy";
import { capRule, knownSpots } from "../lib/cap";
import { GCP_DISK_RESOURCE_TYPES, gcpDisks } from "../lib/gcp";

/** Persistent disks must stay within the stack's size cap. */
export default costPolicy({
  name: "gcp-compute-disk-size-cap",
  description: "Persistent disks (standalone, an instance's boot disk, template disks) stay at or below the stack's size cap in GB.",
  severity: "medium",
  remediationSteps:
    "Size the disk to the data it holds (persistent disks can be resized later), keep bulk data in Cloud Storage, or raise maxDiskSizeGb / nonProductionMaxDiskSizeGb for the stack.",
  url: "https://cloud.google.com/compute/docs/disks/resize-persistent-disk",
  tags: ["storage"],
  resourceTypes: GCP_DISK_RESOURCE_TYPES,
  ...capRule(
    "maxDiskSizeGb",
    { what: "Largest persistent disk in GB", minimum: 1, production: 4096, nonProduction: 500 },
    {
      spots: (type, props) => {
        const { disks, unknown } = gcpDisks(type, props);
        const field = type.includes("Template") ? "diskSizeGb" : "size";
        return { spots: knownSpots(disks.map((d) => ({ path: `${d.path}${field}`, value: d.size }))), unknown };
      },
      unit: "GB",
      advice: (key) => `Make the disk smaller or raise ${key}.`,
    },
  ),
});
