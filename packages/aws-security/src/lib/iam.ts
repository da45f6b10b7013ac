/**
 * Shared parts of the IAM identity-policy policies (aws-iam-disallow-*): the statement scan over
 * every policy document of the identity-policy types (`awsIam.identityPolicyDocuments` and
 * `awsIam.scanStatements` of @rampart/policy-core) and the "Allow with Not<element>" test.
 */
import { awsIam, msg, requireKnown, type PolicyStatement, type Report } from "@rampart/policy-core";

/** Judges one statement: "yes" it is a finding, "no" it is not, "maybe" unknown parts could make it one. */
export type StatementCheck = (s: PolicyStatement) => "yes" | "no" | "maybe";

/**
 * The `validateResource` of a policy that forbids statements matching `check` in IAM identity
 * policies (aws.iam.Policy, RolePolicy, UserPolicy, GroupPolicy, a Role's `inlinePolicies`): each
 * hit is reported as `<document path> <statement label> <tail>`. When nothing hits but a
 * statement is "maybe", asks for the document to be known (`inlinePolicies` on a Role, else `policy`).
 */
export function disallowIdentityStatements(check: StatementCheck, tail: string): (resource: { type: string; props: unknown }, report: Report) => void {
  return ({ type, props }, report) => {
    const { hits, unknown } = awsIam.scanStatements(awsIam.identityPolicyDocuments(type, props), check);
    for (const h of hits) report(msg`${h.path} ${h.label} ` + tail);
    if (!hits.length && unknown) requireKnown(props, type === awsIam.ROLE_TYPE ? "inlinePolicies" : "policy");
  };
}

/**
 * A `StatementCheck` for an Allow statement that uses `NotAction` or `NotResource` (`element`):
 * "yes" for Allow with it, "maybe" when the effect (or, without the element, the statement) is unknown.
 * Deny with either is fine (IAM User Guide, "IAM JSON policy elements: NotAction / NotResource").
 */
export function allowWithNot(element: "notActions" | "notResources"): StatementCheck {
  return (s) => {
    if (s.effect === "Deny") return "no";
    if (!s[element]) return s.effect === "Allow" || !s.hasUnknown ? "no" : "maybe";
    return s.effect === "Allow" ? "yes" : "maybe";
  };
}
