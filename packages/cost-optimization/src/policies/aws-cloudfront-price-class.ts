import { ENVIRONMENT_CONFIG, peek, requireKnown, show, msg } from "@rampart/policy-core";
import { costPolicy } from "../policy";
import { limitFor } from "../lib/env";
import { listOf } from "../lib/match";

const CLASSES = ["PriceClass_100", "PriceClass_200", "PriceClass_All"];

/** CloudFront distributions must use an allowed price class (the default is PriceClass_All). */
export default costPolicy({
  name: "aws-cloudfront-price-class",
  description: "CloudFront distributions use an allowed price class; outside production PriceClass_100 (North America and Europe edge locations) is enough.",
  severity: "low",
  remediationSteps:
    'Set priceClass to "PriceClass_100" (or "PriceClass_200") unless viewers worldwide need the lowest latency; or change allowedPriceClasses / nonProductionAllowedPriceClasses.',
  url: "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/PriceClass.html",
  tags: ["network"],
  resourceTypes: ["aws:cloudfront/distribution:Distribution"],
  config: {
    allowedPriceClasses: {
      type: "array",
      items: { type: "string", enum: CLASSES },
      description: "Price classes allowed on production stacks.",
      default: CLASSES,
    },
    nonProductionAllowedPriceClasses: {
      type: "array",
      items: { type: "string", enum: CLASSES },
      description: "Price classes allowed on non-production stacks.",
      default: ["PriceClass_100"],
    },
    ...ENVIRONMENT_CONFIG,
  },
  validateResource: ({ props, config, urn, stackTags }, report) => {
    const p = peek<string>(props, "priceClass");
    if (p.state === "unknown") return requireKnown(props, "priceClass");
    // A non-string is not a price class the provider would accept: not this policy's finding.
    if (p.state === "known" && typeof p.value !== "string") return;
    const value = p.state === "known" ? p.value : "PriceClass_All";
    const allowed = limitFor({ urn, stackTags }, config, "allowedPriceClasses");
    if (!allowed.value.includes(value)) {
      report(
        msg`priceClass is ${p.state === "known" ? show(value) : 'not set (CloudFront uses "PriceClass_All")'}, not in ${allowed.key} (${listOf(allowed.value)}). Set priceClass to one of them.`,
      );
    }
  },
});
