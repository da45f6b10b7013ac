import { costPolicy } from "../policy";
import { checkRequiredTags, requiredTagsConfig, TAGGABLE } from "../lib/tags";

/** Every taggable AWS resource carries the cost-allocation tags (own tags or the provider's defaultTags). */
export default costPolicy({
  name: "aws-tagging-require-cost-allocation-tags",
  description: "Every taggable AWS resource carries the required cost-allocation tags (in tags or the provider's defaultTags), with allowed values.",
  severity: "low",
  remediationSteps:
    "Add the missing keys to the resource's tags, or once for all resources to the AWS provider's defaultTags.tags; activate them as cost allocation tags in the Billing console. Configure the keys with requiredTags and the permitted values with allowedValues.",
  url: "https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/cost-alloc-tags.html",
  tags: ["tagging"],
  resourceTypes: TAGGABLE.aws,
  config: requiredTagsConfig("tag"),
  validateResource: (ctx, report) => {
    checkRequiredTags(ctx, { property: "tags", noun: "tag", caseInsensitiveKeys: false, providerDefaults: "defaultTags.tags" }, report);
  },
});
