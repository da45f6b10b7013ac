import { ENVIRONMENT_CONFIG, requireKnown, msg } from "@rampart/policy-core";
import { costPolicy } from "../policy";
import { limitFor } from "../lib/env";
import { gcpDisks } from "../lib/gcp";

/** Persistent disks must stay within the stack's size cap. */
export default costPolicy({
  name: "gcp-compute-disk-size-cap",
  description: "Persistent disks (standalone, an instance's boot disk, template disks) stay at or below the stack's size cap in GB.",
  severity: "medium",
  remediationSteps:
    "Size the disk to the data it holds (persistent disks can be resized later), keep bulk data in Cloud Storage, or raise maxDiskSizeGb / nonProductionMaxDiskSizeGb for the stack.",
  url: "https://cloud.google.com/compute/docs/disks/resize-persistent-disk",
  tags: ["storage"],
  resourceTypes: [
    "gcp:compute/disk:Disk",
    "gcp:compute/regionDisk:RegionDisk",
    "gcp:compute/instance:Instance",
    "gcp:compute/instanceTemplate:InstanceTemplate",
    "gcp:compute/regionInstanceTemplate:RegionInstanceTemplate",
  ],
  config: {
    maxDiskSizeGb: { type: "integer", minimum: 1, description: "Largest persistent disk in GB on production stacks.", default: 4096 },
    nonProductionMaxDiskSizeGb: { type: "integer", minimum: 1, description: "Largest persistent disk in GB on non-production stacks.", default: 500 },
    ...ENVIRONMENT_CONFIG,
  },
  validateResource: ({ type, props, config, urn, stackTags }, report) => {
    const cap = limitFor({ urn, stackTags }, config, "maxDiskSizeGb");
    const { disks, unknown } = gcpDisks(type, props);
    const hits = disks.filter((d) => d.size !== undefined && d.size > cap.value);
    for (const d of hits)
      report(
        msg`${d.path}${type.includes("Template") ? "diskSizeGb" : "size"} is ${d.size} GB, above the ${cap.environment} cap ${cap.key} = ${cap.value}. Make the disk smaller or raise ${cap.key}.`,
      );
    if (!hits.length && unknown) requireKnown(props);
  },
});
