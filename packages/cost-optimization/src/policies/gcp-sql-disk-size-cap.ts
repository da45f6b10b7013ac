import { ENVIRONMENT_CONFIG, peek } from "@rampart/policy-core";
import { costPolicy } from "../policy";
import { capConfig, reportOverCap } from "../lib/cap";
import { limitFor } from "../lib/env";

/** Cloud SQL storage (initial size and autoresize limit) must stay within the stack's cap. */
export default costPolicy({
  name: "gcp-sql-disk-size-cap",
  description: "Cloud SQL instances keep settings.diskSize and the autoresize ceiling settings.diskAutoresizeLimit at or below the stack's cap in GB.",
  severity: "medium",
  remediationSteps:
    "Start with a small diskSize and let storage autoresize grow it up to a bounded diskAutoresizeLimit (storage cannot shrink later); or raise maxDiskSizeGb / nonProductionMaxDiskSizeGb.",
  url: "https://cloud.google.com/sql/docs/mysql/instance-settings#automatic-storage-increase-2ndgen",
  tags: ["database"],
  resourceTypes: ["gcp:sql/databaseInstance:DatabaseInstance"],
  config: {
    ...capConfig("maxDiskSizeGb", { what: "Largest diskSize / diskAutoresizeLimit in GB", minimum: 10, production: 2000, nonProduction: 100 }),
    ...ENVIRONMENT_CONFIG,
  },
  validateResource: ({ props, config, urn, stackTags }, report) => {
    const cap = limitFor({ urn, stackTags }, config, "maxDiskSizeGb");
    const spots = ["settings.diskSize", "settings.diskAutoresizeLimit"].map((path) => ({ path, value: peek<number>(props, path) }));
    reportOverCap(props, spots, cap, report, { unit: "GB", unknownPath: "settings" });
  },
});
