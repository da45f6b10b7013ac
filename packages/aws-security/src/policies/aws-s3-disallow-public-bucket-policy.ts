import { allowsPublicAccess, awsS3, policyDocumentAt, requireKnown, UNKNOWN, msg } from "@rampart/policy-core";
import { awsPolicy } from "../policy";

const TYPES = [...awsS3.S3_BUCKET_TYPES, ...awsS3.S3_BUCKET_POLICY_TYPES];

/** Names up to three actions of a statement for a message (action names are enum-like). */
function actionsOf(actions: readonly (string | typeof UNKNOWN)[] | undefined): string {
  const known = (actions ?? []).filter((a): a is string => typeof a === "string");
  if (!known.length) return "its actions";
  return known.length > 3 ? `${known.slice(0, 3).join(", ")}, …` : known.join(", ");
}

/**
 * Bucket policies (inline `policy` on either bucket shape, or aws.s3.BucketPolicy) must not allow
 * everyone: a statement with Effect Allow, Principal `*` (or `{"AWS": "*"}`) and no condition that
 * narrows the caller (aws:SourceArn, aws:PrincipalOrgID, aws:SourceVpce, ...).
 */
export default awsPolicy({
  name: "aws-s3-disallow-public-bucket-policy",
  description: 'S3 bucket policies must not allow access to everyone (Principal "*").',
  severity: "critical",
  enforcementLevel: "mandatory",
  remediationSteps:
    'Replace Principal "*" with the AWS accounts, roles or service principals that need access, or add a condition that narrows the caller (aws:PrincipalOrgID, aws:SourceArn, aws:SourceVpce). Serve public content through CloudFront with origin access control instead of a public bucket.',
  url: "https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html#access-control-block-public-access-policy-status",
  resourceTypes: TYPES,
  validateResource: ({ props }, report) => {
    const doc = policyDocumentAt(props, "policy");
    if (doc.state === "unknown") requireKnown(props, "policy");
    if (doc.state !== "known") return;
    let hits = 0;
    doc.statements.forEach((s, i) => {
      if (!allowsPublicAccess(s)) return;
      hits++;
      report(
        msg`policy Statement[${i}] allows ${actionsOf(s.actions)} to any principal ("*") without a condition that narrows the caller. Name the principals that need access or add an aws:PrincipalOrgID / aws:SourceArn condition.`,
      );
    });
    // A statement with unknown parts might be public once known: let the SDK report it advisory.
    if (!hits && doc.statements.some((s) => s.hasUnknown && s.effect !== "Deny")) requireKnown(props, "policy");
  },
});
