import { ENVIRONMENT_CONFIG, peek, requireKnown, msg } from "@rampart/policy-core";
import { costPolicy } from "../policy";
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
    maxDiskSizeGb: { type: "integer", minimum: 10, description: "Largest diskSize / diskAutoresizeLimit in GB on production stacks.", default: 2000 },
    nonProductionMaxDiskSizeGb: {
      type: "integer",
      minimum: 10,
      description: "Largest diskSize / diskAutoresizeLimit in GB on non-production stacks.",
      default: 100,
    },
    ...ENVIRONMENT_CONFIG,
  },
  validateResource: ({ props, config, urn, stackTags }, report) => {
    const cap = limitFor({ urn, stackTags }, config, "maxDiskSizeGb");
    let hit = false;
    let unknown = false;
    for (const key of ["diskSize", "diskAutoresizeLimit"]) {
      const v = peek<number>(props, `settings.${key}`);
      if (v.state === "unknown") unknown = true;
      else if (v.state === "known" && typeof v.value === "number" && v.value > cap.value) {
        hit = true;
        report(msg`settings.${key} is ${v.value} GB, above the ${cap.environment} cap ${cap.key} = ${cap.value}. Lower it or raise ${cap.key}.`);
      }
    }
    if (!hit && unknown) requireKnown(props, "settings");
  },
});
