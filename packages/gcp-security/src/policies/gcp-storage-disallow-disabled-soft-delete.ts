import { peek, requireKnown } from "@rampart/policy-core";
import { BUCKET } from "../lib/storage";
import { gcpPolicy } from "../policy";

/** Buckets should keep soft delete on (the default keeps deleted objects 7 days); `retentionDurationSeconds: 0` turns it off. */
export default gcpPolicy({
  name: "gcp-storage-disallow-disabled-soft-delete",
  description: "Cloud Storage buckets should not disable soft delete (`softDeletePolicy.retentionDurationSeconds: 0`).",
  severity: "low",
  enforcementLevel: "advisory",
  remediationSteps:
    "Remove `softDeletePolicy.retentionDurationSeconds: 0` (the default keeps deleted objects for 7 days) or set it between 604800 (7 days) and 7776000 (90 days).",
  url: "https://cloud.google.com/storage/docs/soft-delete",
  resourceTypes: [BUCKET],
  validateResource: ({ props }, report) => {
    const v = peek<unknown>(props, "softDeletePolicy.retentionDurationSeconds");
    if (v.state === "unknown") requireKnown(props, "softDeletePolicy.retentionDurationSeconds");
    if (v.state === "known" && Number(v.value) === 0) {
      report(
        "softDeletePolicy.retentionDurationSeconds is 0, so deleted and overwritten objects cannot be restored. Remove it (the default is 7 days) or set 604800 to 7776000.",
      );
    }
  },
});
