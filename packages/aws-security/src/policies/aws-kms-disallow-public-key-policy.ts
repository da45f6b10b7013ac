import { allowsPublicAccess, isPublicPrincipal, policyDocumentAt, requireKnown, UNKNOWN, msg } from "@rampart/policy-core";
import { awsPolicy } from "../policy";
import type { PolicyStatement } from "@rampart/policy-core";

const KEY_TYPES = ["aws:kms/key:Key", "aws:kms/keyPolicy:KeyPolicy", "aws:kms/replicaKey:ReplicaKey", "aws:kms/externalKey:ExternalKey"];

function label(s: PolicyStatement, i: number): string {
  return s.sid ? `Statement[${i}] (Sid ${JSON.stringify(s.sid)})` : `Statement[${i}]`;
}

/**
 * KMS key policies must not allow everyone: an `Allow` statement with `Principal: "*"` or
 * `{"AWS": "*"}` needs a restricting condition such as `kms:CallerAccount`, `aws:PrincipalOrgID`
 * or `aws:SourceAccount` (policy-core's `RESTRICTING_CONDITION_KEYS`). Deny statements never grant.
 */
export default awsPolicy({
  name: "aws-kms-disallow-public-key-policy",
  description: "KMS key policies must not allow access to everyone.",
  severity: "critical",
  enforcementLevel: "mandatory",
  remediationSteps:
    'Name the accounts, roles or services in Principal (e.g. {"AWS": "arn:aws:iam::111122223333:root"}), or keep Principal "*" only with a condition such as kms:CallerAccount or aws:PrincipalOrgID.',
  url: "https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-overview.html",
  resourceTypes: KEY_TYPES,
  validateResource: ({ props }, report) => {
    const doc = policyDocumentAt(props, "policy");
    if (doc.state === "unknown") requireKnown(props, "policy");
    if (doc.state !== "known") return; // absent: the default key policy only trusts the account
    let open = false;
    doc.statements.forEach((s, i) => {
      if (allowsPublicAccess(s)) {
        report(
          msg`policy ${label(s, i)} allows Principal "*" without a restricting condition (e.g. kms:CallerAccount, aws:PrincipalOrgID), so any AWS account can use or manage the key. Name the trusted principals.`,
        );
        return;
      }
      if (s.effect === "Deny" || !s.hasUnknown) return;
      const p = s.principal;
      if (p === undefined) return;
      if (p === UNKNOWN) open = true;
      else if (isPublicPrincipal(p)) open = open || s.effect === UNKNOWN || s.conditions === UNKNOWN;
      else if (p !== "*" && Object.values(p).some((v) => v.includes(UNKNOWN))) open = true;
    });
    if (open) requireKnown(props, "policy");
  },
});
