import { ENVIRONMENT_CONFIG, requireKnown, msg } from "@rampart/policy-core";
import { costPolicy } from "../policy";
import { capConfig } from "../lib/cap";
import { limitFor } from "../lib/env";
import { GCP_DISK_RESOURCE_TYPES, gcpDisks } from "../lib/gcp";
import { listOf } from "../lib/match";

/** SSD persistent disks must stay within the stack's SSD size cap. */
export default costPolicy({
  name: "gcp-compute-pd-ssd-cap",
  description:
    "SSD persistent disks (pd-ssd, pd-extreme, hyperdisk-extreme) stay at or below the stack's SSD size cap; SSD capacity costs about four times pd-standard and twice pd-balanced.",
  severity: "medium",
  remediationSteps:
    "Use pd-balanced (or pd-standard for sequential/cold data) unless the workload needs SSD IOPS, keep SSD disks small, or raise maxSsdSizeGb / nonProductionMaxSsdSizeGb for the stack.",
  url: "https://cloud.google.com/compute/docs/disks/persistent-disks",
  tags: ["storage"],
  resourceTypes: GCP_DISK_RESOURCE_TYPES,
  config: {
    ssdDiskTypes: {
      type: "array",
      items: { type: "string" },
      description: "Disk types counted as SSD.",
      default: ["pd-ssd", "pd-extreme", "hyperdisk-extreme"],
    },
    ...capConfig("maxSsdSizeGb", { what: "Largest SSD disk in GB", minimum: 0, production: 1000, nonProduction: 100 }),
    ...ENVIRONMENT_CONFIG,
  },
  validateResource: ({ type, props, config, urn, stackTags }, report) => {
    const cap = limitFor({ urn, stackTags }, config, "maxSsdSizeGb");
    const { disks, unknown } = gcpDisks(type, props);
    const hits = disks.filter((d) => d.type !== undefined && config.ssdDiskTypes.includes(d.type) && d.size !== undefined && d.size > cap.value);
    for (const d of hits) {
      report(
        msg`${d.path} is a ${JSON.stringify(d.type)} disk of ${d.size} GB, above the ${cap.environment} SSD cap ${cap.key} = ${cap.value} (ssdDiskTypes: ${listOf(config.ssdDiskTypes)}). Use pd-balanced or a smaller disk, or raise ${cap.key}.`,
      );
    }
    if (!hits.length && unknown) requireKnown(props);
  },
});
