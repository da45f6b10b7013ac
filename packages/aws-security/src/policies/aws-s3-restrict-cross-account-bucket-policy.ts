import { awsS3, isPublicPrincipal, peek, policyDocumentAt, requireKnown, UNKNOWN, type PolicyStatement, msg } from "@rampart/policy-core";
import { awsPolicy } from "../policy";

/** Actions that let another account take over or open up the bucket (Security Hub S3.6). */
const SENSITIVE_ACTIONS = ["s3:DeleteBucketPolicy", "s3:PutBucketAcl", "s3:PutBucketPolicy", "s3:PutEncryptionConfiguration", "s3:PutObjectAcl"];

/** IAM action pattern match: case-insensitive, `*` and `?` wildcards. */
function actionMatches(pattern: string, action: string): boolean {
  const re = new RegExp(
    `^${pattern
      .replace(/[.+^${}()|[\]\\]/g, "\\$&")
      .replace(/\*/g, ".*")
      .replace(/\?/g, ".")}$`,
    "i",
  );
  return re.test(action);
}

/** Sensitive actions a statement allows (Action patterns, or everything a NotAction leaves). */
function sensitiveActions(s: PolicyStatement): string[] {
  if (s.actions) return SENSITIVE_ACTIONS.filter((a) => s.actions!.some((p) => typeof p === "string" && actionMatches(p, a)));
  if (s.notActions) return SENSITIVE_ACTIONS.filter((a) => !s.notActions!.some((p) => typeof p === "string" && actionMatches(p, a)));
  return [];
}

/** Account ids of AWS principals (`123456789012`, `arn:aws:iam::123456789012:role/x`); `*` for everyone. */
function principalAccounts(s: PolicyStatement): string[] {
  if (isPublicPrincipal(s.principal)) return ["*"];
  const p = s.principal;
  if (!p || p === "*" || p === UNKNOWN) return [];
  const out: string[] = [];
  for (const v of p.AWS ?? []) {
    if (typeof v !== "string") continue;
    const m = /^(\d{12})$/.exec(v) ?? /^arn:aws[\w-]*:(?:iam|sts)::(\d{12}):/.exec(v);
    if (m) out.push(m[1]);
  }
  return out;
}

/**
 * The provider's `allowedAccountIds`: a list, or (as the engine may pass provider config) a JSON
 * string of one. Unknown or malformed values give none.
 */
function providerAllowedAccounts(props: unknown): string[] {
  const v = peek<unknown>(props, "allowedAccountIds");
  if (v.state !== "known") return [];
  let list: unknown = v.value;
  if (typeof list === "string") {
    try {
      list = JSON.parse(list);
    } catch {
      return [];
    }
  }
  return Array.isArray(list) ? list.filter((a): a is string => typeof a === "string") : [];
}

/**
 * Bucket policies (inline on either bucket shape, or aws.s3.BucketPolicy) must not allow other AWS
 * accounts to change the bucket's access or encryption: s3:DeleteBucketPolicy, s3:PutBucketAcl,
 * s3:PutBucketPolicy, s3:PutEncryptionConfiguration, s3:PutObjectAcl (directly or by wildcard).
 * The policy cannot know the stack's own account: accounts in `trustedAccountIds` and the
 * provider's `allowedAccountIds` are not reported.
 */
export default awsPolicy({
  name: "aws-s3-restrict-cross-account-bucket-policy",
  description: "S3 bucket policies must not let other AWS accounts change the bucket's policy, ACLs or encryption.",
  severity: "high",
  enforcementLevel: "advisory",
  remediationSteps:
    "Grant other accounts only the data actions they need (e.g. s3:GetObject, s3:PutObject); remove s3:*, s3:Put*, s3:PutBucketPolicy, s3:DeleteBucketPolicy, s3:PutBucketAcl, s3:PutObjectAcl and s3:PutEncryptionConfiguration from their statements. List your own account ids in this policy's trustedAccountIds.",
  url: "https://docs.aws.amazon.com/AmazonS3/latest/userguide/example-walkthroughs-managing-access-example2.html",
  resourceTypes: [...awsS3.S3_BUCKET_TYPES, ...awsS3.S3_BUCKET_POLICY_TYPES],
  config: {
    trustedAccountIds: {
      type: "array",
      items: { type: "string" },
      description: "AWS account ids (12 digits) that may hold these permissions, e.g. the stack's own account.",
      default: [],
    },
  },
  validateResource: ({ props, provider, config }, report) => {
    const trusted = new Set<string>(config.trustedAccountIds);
    for (const a of providerAllowedAccounts(provider?.props)) trusted.add(a);
    const doc = policyDocumentAt(props, "policy");
    if (doc.state === "unknown") requireKnown(props, "policy");
    if (doc.state !== "known") return;
    let hits = 0;
    doc.statements.forEach((s, i) => {
      if (s.effect !== "Allow") return;
      const actions = sensitiveActions(s);
      if (!actions.length) return;
      const accounts = principalAccounts(s).filter((a) => !trusted.has(a));
      if (!accounts.length) return;
      hits++;
      const who = accounts.includes("*") ? 'every AWS account (Principal "*")' : msg`account${accounts.length > 1 ? "s" : ""} ${accounts.join(", ")}`;
      report(
        msg`policy Statement[${i}] allows ${who} ${actions.join(", ")}. Remove these actions from the statement, or add the account to trustedAccountIds if it is your own.`,
      );
    });
    if (!hits && doc.statements.some((s) => s.hasUnknown && s.effect !== "Deny")) requireKnown(props, "policy");
  },
});
