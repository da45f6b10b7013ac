import { awsCloudFront } from "@rampart/policy-core";
import { checkValue } from "../lib/flags";
import { awsPolicy } from "../policy";

/** CloudFront distributions should be protected by an AWS WAF web ACL (`webAclId`, a WAFv2 ACL ARN; "" means none). */
export default awsPolicy({
  name: "aws-cloudfront-require-waf",
  description: "CloudFront distributions should be associated with an AWS WAF web ACL.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    'Create an aws.wafv2.WebAcl with scope "CLOUDFRONT" (in us-east-1) with AWS managed rule groups, and set the distribution\'s webAclId to its ARN.',
  url: "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/distribution-web-awswaf.html",
  resourceTypes: [awsCloudFront.DISTRIBUTION_TYPE],
  // "" means no web ACL (a common `enabled ? acl.arn : ""` pattern), so an unknown value decides the verdict.
  validateResource: checkValue("webAclId", (acl) =>
    acl.state === "absent" || acl.value === "" ? "webAclId is not set, so no AWS WAF web ACL filters requests. Associate a WAFv2 web ACL." : undefined,
  ),
});
