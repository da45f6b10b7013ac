import { msg, peek, requireKnown, show } from "@rampart/policy-core";
import { BUCKET } from "../lib/storage";
import { gcpPolicy } from "../policy";

/** Buckets should enforce public access prevention; the provider's default `inherited` follows the organization policy only. */
export default gcpPolicy({
  name: "gcp-storage-require-public-access-prevention",
  description: 'Cloud Storage buckets should set `publicAccessPrevention: "enforced"`.',
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    'Set `publicAccessPrevention: "enforced"` on the bucket (or enforce `constraints/storage.publicAccessPrevention` for the organization and exempt this policy); for a bucket that must serve public content, exempt it.',
  url: "https://cloud.google.com/storage/docs/public-access-prevention",
  resourceTypes: [BUCKET],
  validateResource: ({ props }, report) => {
    const pap = peek<unknown>(props, "publicAccessPrevention");
    if (pap.state === "unknown") requireKnown(props, "publicAccessPrevention");
    if (pap.state === "absent") {
      report(
        'publicAccessPrevention is not set (the provider\'s default is "inherited": enforced only if the organization policy enforces it), so an IAM grant or ACL to allUsers can make the bucket public. Set publicAccessPrevention to "enforced".',
      );
    } else if (pap.state === "known" && String(pap.value).toLowerCase() !== "enforced") {
      report(
        msg`publicAccessPrevention is ${show(pap.value)}, so an IAM grant or ACL to allUsers can make the bucket public unless the organization policy enforces prevention. Set publicAccessPrevention to "enforced".`,
      );
    }
  },
});
