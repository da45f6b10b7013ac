import { awsIam } from "@rampart/policy-core";
import { allowWithNot, disallowIdentityStatements } from "../lib/iam";
import { awsPolicy } from "../policy";

/**
 * IAM identity policies should not combine `"Effect": "Allow"` with `NotResource`: such a statement
 * grants every resource except the listed ones, including resources created later, so it silently grows with AWS. `NotResource` with `Deny` is fine (and common in
 * guardrails). Source: IAM User Guide, "IAM JSON policy elements: NotResource".
 */
export default awsPolicy({
  name: "aws-iam-disallow-allow-notresource",
  description: "IAM policies should not use NotResource in Allow statements.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    "Rewrite the statement with an explicit Resource list (list the allowed resource ARNs in Resource instead), or turn it into a Deny statement if it is meant as a guardrail.",
  url: "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notresource.html",
  resourceTypes: awsIam.IDENTITY_POLICY_TYPES,
  validateResource: disallowIdentityStatements(
    allowWithNot("notResources"),
    "uses NotResource with Effect Allow, which grants every resource except the listed ones, including resources created later. Use an explicit Resource list.",
  ),
});
