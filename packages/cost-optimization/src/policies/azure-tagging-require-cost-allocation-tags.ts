import { costPolicy } from "../policy";
import { checkRequiredTags, requiredTagsConfig, TAGGABLE } from "../lib/tags";

/** Every taggable Azure resource carries the cost-allocation tags. */
export default costPolicy({
  name: "azure-tagging-require-cost-allocation-tags",
  description:
    "Every taggable Azure resource carries the required cost-allocation tags, with allowed values (tag names compare case-insensitively, as in Azure).",
  severity: "low",
  remediationSteps:
    "Add the missing keys to the resource's tags (a shared tags object in the program helps); Azure does not inherit resource group tags by default, so tag each resource or use Azure Policy's inherit-tag effect. Configure the keys with requiredTags and the permitted values with allowedValues.",
  url: "https://learn.microsoft.com/azure/azure-resource-manager/management/tag-resources",
  tags: ["tagging"],
  resourceTypes: TAGGABLE["azure-native"],
  config: requiredTagsConfig("tag"),
  validateResource: (ctx, report) => {
    checkRequiredTags(ctx, { property: "tags", noun: "tag", caseInsensitiveKeys: true }, report);
  },
});
