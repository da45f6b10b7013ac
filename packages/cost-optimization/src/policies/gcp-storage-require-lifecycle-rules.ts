import { peek, peekItems, requireKnown } from "@rampart/policy-core";
import { costPolicy } from "../policy";

/** Cloud Storage buckets must have lifecycle rules. */
export default costPolicy({
  name: "gcp-storage-require-lifecycle-rules",
  description: "Cloud Storage buckets have lifecycle rules that delete or down-tier aging objects, so storage does not grow (and bill) forever.",
  severity: "low",
  remediationSteps:
    "Add lifecycleRules to the bucket: Delete after an age or number of newer versions, SetStorageClass to NEARLINE/COLDLINE/ARCHIVE for aging data, AbortIncompleteMultipartUpload; or enable autoclass.",
  url: "https://cloud.google.com/storage/docs/lifecycle",
  tags: ["storage"],
  resourceTypes: ["gcp:storage/bucket:Bucket"],
  validateResource: ({ props }, report) => {
    const rules = peekItems<unknown>(props, "lifecycleRules");
    if (rules.known.length) return;
    if (rules.unknown) return requireKnown(props, "lifecycleRules");
    // Autoclass moves objects between classes by access: it covers down-tiering.
    const autoclass = peekItems<unknown>(props, "autoclass");
    if (autoclass.unknown) return requireKnown(props, "autoclass");
    for (const a of autoclass.known) {
      const enabled = peek<boolean>(a, "enabled");
      if (enabled.state === "unknown") return requireKnown(props, "autoclass");
      if (enabled.state === "known" && enabled.value === true) return;
    }
    report("lifecycleRules is empty. Add lifecycle rules (Delete or SetStorageClass by age) or enable autoclass.");
  },
});
