import { awsIam } from "@rampart/policy-core";
import { disallowIdentityStatements } from "../lib/iam";
import { awsPolicy } from "../policy";
import type { PolicyStatement } from "@rampart/policy-core";

const isStar = (a: unknown) => a === "*" || a === "*:*";

/** "yes" for `Allow` `*` on `*`; "maybe" when an unknown effect, action or resource could make it so. */
function fullAdmin(s: PolicyStatement): "yes" | "no" | "maybe" {
  if (s.effect === "Deny") return "no";
  if (s.effect === "Allow" && awsIam.grantsFullAdmin(s)) return "yes";
  const actions = s.actions ? s.actions.some(isStar) || awsIam.hasUnknownEntry(s.actions) : s.hasUnknown && !s.notActions;
  const resources = s.resources ? s.resources.includes("*") || awsIam.hasUnknownEntry(s.resources) : s.hasUnknown && !s.notResources;
  return actions && resources && s.hasUnknown ? "maybe" : "no";
}

/**
 * IAM managed and inline policies must not grant full administrative access (`"Effect": "Allow"`,
 * `"Action": "*"`, `"Resource": "*"`). Covers `aws.iam.Policy`, `RolePolicy`, `UserPolicy`,
 * `GroupPolicy` and a Role's `inlinePolicies`. Deny statements never grant anything.
 */
export default awsPolicy({
  name: "aws-iam-disallow-full-admin-policy",
  description: 'IAM policies must not allow "*" actions on "*" resources (full administrative privileges).',
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps:
    "Replace the statement with the specific actions and resource ARNs the principal needs (start from IAM Access Analyzer's generated policy or an AWS managed job-function policy). Keep break-glass administrator access in a separate, tightly controlled role.",
  url: "https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege",
  resourceTypes: awsIam.IDENTITY_POLICY_TYPES,
  validateResource: disallowIdentityStatements(
    fullAdmin,
    'allows Action "*" on Resource "*", which is full administrator access. Grant only the actions and resources that are needed.',
  ),
});
