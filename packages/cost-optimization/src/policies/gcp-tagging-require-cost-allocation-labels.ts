import { costPolicy } from "../policy";
import { checkRequiredTags, requiredTagsConfig, TAGGABLE } from "../lib/tags";

/** Every labelable GCP resource carries the cost-allocation labels (own labels or the provider's defaultLabels). */
export default costPolicy({
  name: "gcp-tagging-require-cost-allocation-labels",
  description:
    "Every GCP resource that takes labels carries the required cost-allocation labels (in labels or the provider's defaultLabels), with allowed values.",
  severity: "low",
  remediationSteps:
    "Add the missing keys to the resource's labels, or once for all resources to the Google provider's defaultLabels; labels appear in the Cloud Billing export. Configure the keys with requiredTags (lower-case label keys) and the permitted values with allowedValues.",
  url: "https://cloud.google.com/resource-manager/docs/creating-managing-labels",
  tags: ["tagging"],
  resourceTypes: TAGGABLE.gcp,
  config: requiredTagsConfig("label"),
  validateResource: (ctx, report) => {
    checkRequiredTags(ctx, { property: "labels", noun: "label", caseInsensitiveKeys: false, providerDefaults: "defaultLabels" }, report);
  },
});
