import { awsIam } from "@rampart/policy-core";
import { allowWithNot, disallowIdentityStatements } from "../lib/iam";
import { awsPolicy } from "../policy";

/**
 * IAM identity policies should not combine `"Effect": "Allow"` with `NotAction`: such a statement
 * grants every action except the listed ones, so it silently grows with AWS. `NotAction` with `Deny` is fine (and common in
 * guardrails). Source: IAM User Guide, "IAM JSON policy elements: NotAction".
 */
export default awsPolicy({
  name: "aws-iam-disallow-allow-notaction",
  description: "IAM policies should not use NotAction in Allow statements.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    "Rewrite the statement with an explicit Action list (list the allowed actions in Action instead), or turn it into a Deny statement if it is meant as a guardrail.",
  url: "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notaction.html",
  resourceTypes: awsIam.IDENTITY_POLICY_TYPES,
  validateResource: disallowIdentityStatements(
    allowWithNot("notActions"),
    "uses NotAction with Effect Allow, which grants every action except the listed ones. Use an explicit Action list.",
  ),
});
