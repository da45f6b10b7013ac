import { allowsPublicAccess, awsIam, isPublicPrincipal, policyDocumentAt, requireKnown, UNKNOWN, msg } from "@rampart/policy-core";
import { awsPolicy } from "../policy";
import type { PolicyStatement } from "@rampart/policy-core";

/** "yes" when anyone may assume the role; "maybe" when an unknown effect, principal or condition could make it so. */
function publicTrust(s: PolicyStatement): "yes" | "no" | "maybe" {
  if (s.effect === "Deny") return "no";
  if (allowsPublicAccess(s)) return "yes";
  if (!s.hasUnknown) return "no";
  const p = s.principal;
  const knownPublic = p !== undefined && p !== UNKNOWN && isPublicPrincipal(p);
  // A known public principal with a known restricting condition is settled, whatever else is unknown.
  if (knownPublic && s.effect === "Allow" && s.conditions !== UNKNOWN) return "no";
  const maybePublic = p === UNKNOWN || knownPublic || (p !== undefined && p !== "*" && Object.values(p).some((v) => v.includes(UNKNOWN)));
  return maybePublic ? "maybe" : "no";
}

/**
 * IAM role trust policies (`assumeRolePolicy`) must not let anyone assume the role: an `Allow`
 * statement with `Principal: "*"` or `{"AWS": "*"}` needs a restricting condition
 * (`aws:PrincipalOrgID`, `aws:PrincipalAccount`, `aws:SourceArn`, `aws:SourceAccount`, ...; see
 * policy-core's `RESTRICTING_CONDITION_KEYS`). `sts:ExternalId` alone does not restrict who can
 * try. Service and federated principals are not public.
 */
export default awsPolicy({
  name: "aws-iam-disallow-public-trust-policy",
  description: "IAM role trust policies must not allow any AWS principal to assume the role.",
  severity: "critical",
  enforcementLevel: "mandatory",
  remediationSteps:
    'Name the trusted accounts, roles or services in Principal (e.g. {"AWS": "arn:aws:iam::111122223333:root"} or {"Service": "lambda.amazonaws.com"}), or keep Principal "*" only with a condition such as aws:PrincipalOrgID.',
  url: "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_terms-and-concepts.html#iam-term-trust-policy",
  resourceTypes: [awsIam.ROLE_TYPE],
  validateResource: ({ props }, report) => {
    const doc = policyDocumentAt(props, "assumeRolePolicy");
    const { hits, unknown } = awsIam.scanStatements([{ path: "assumeRolePolicy", doc }], publicTrust);
    for (const h of hits) {
      report(
        msg`assumeRolePolicy ${h.label} lets any AWS principal assume this role (Principal "*" without a condition such as aws:PrincipalOrgID). Name the trusted principals.`,
      );
    }
    if (!hits.length && unknown) requireKnown(props, "assumeRolePolicy");
  },
});
