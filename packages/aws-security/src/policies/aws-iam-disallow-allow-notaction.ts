import { awsIam, requireKnown, msg } from "@rampart/policy-core";
import { awsPolicy } from "../policy";
import type { PolicyStatement } from "@rampart/policy-core";

/** "yes" for an Allow statement with `NotAction`; "maybe" when its effect is unknown. */
function allowWithNotAction(s: PolicyStatement): "yes" | "no" | "maybe" {
  if (s.effect === "Deny") return "no";
  if (!s.notActions) return s.effect === "Allow" || !s.hasUnknown ? "no" : "maybe";
  return s.effect === "Allow" ? "yes" : "maybe";
}

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
  validateResource: ({ type, props }, report) => {
    const { hits, unknown } = awsIam.scanStatements(awsIam.identityPolicyDocuments(type, props), allowWithNotAction);
    for (const h of hits) {
      report(msg`${h.path} ${h.label} uses NotAction with Effect Allow, which grants every action except the listed ones. Use an explicit Action list.`);
    }
    if (!hits.length && unknown) requireKnown(props, type === awsIam.ROLE_TYPE ? "inlinePolicies" : "policy");
  },
});
