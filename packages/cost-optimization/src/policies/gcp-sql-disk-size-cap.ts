import { costPolicy } from "../policy";
import { capRule } from "../lib/cap";

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
  ...capRule(
    "maxDiskSizeGb",
    { what: "Largest diskSize / diskAutoresizeLimit in GB", minimum: 10, production: 2000, nonProduction: 100 },
    { spots: ["settings.diskSize", "settings.diskAutoresizeLimit"], unit: "GB", unknownPath: "settings" },
  ),
});
