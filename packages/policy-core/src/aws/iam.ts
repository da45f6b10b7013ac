/**
 * IAM identity policies in @pulumi/aws 7: where their documents live and how to read the
 * statements that matter for least privilege. Property names checked in
 * node_modules/@pulumi/aws/iam/{policy,rolePolicy,userPolicy,groupPolicy,role}.d.ts and
 * types/input.d.ts `RoleInlinePolicy`.
 *
 * Action matching follows the IAM User Guide, "IAM JSON policy elements: Action"
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html):
 * `service:Action` names are case-insensitive and may use `*` and `?` wildcards.
 */
import { ParsedPolicyDocument, PolicyStatement, UNKNOWN, parsePolicyDocument, policyDocumentAt } from "../policy-document";
import { peekItems, show } from "../unknown";

/** Customer managed policy (`policy`: the document). */
export const POLICY_TYPE = "aws:iam/policy:Policy";
/** Inline policy of a role (`role`, `policy`). */
export const ROLE_POLICY_TYPE = "aws:iam/rolePolicy:RolePolicy";
/** Inline policy of a user (`user`, `policy`). */
export const USER_POLICY_TYPE = "aws:iam/userPolicy:UserPolicy";
/** Inline policy of a group (`group`, `policy`). */
export const GROUP_POLICY_TYPE = "aws:iam/groupPolicy:GroupPolicy";
/** Role: trust policy in `assumeRolePolicy`, inline policies in `inlinePolicies[].policy`. */
export const ROLE_TYPE = "aws:iam/role:Role";
/** Inline (embedded) identity policy resources, each with its document in `policy`. */
export const INLINE_POLICY_TYPES = [ROLE_POLICY_TYPE, USER_POLICY_TYPE, GROUP_POLICY_TYPE] as const;
/** Every resource type that carries an identity-policy document (`Role` through `inlinePolicies`). */
export const IDENTITY_POLICY_TYPES = [POLICY_TYPE, ...INLINE_POLICY_TYPES, ROLE_TYPE] as const;

/** One identity-policy document of a resource, with its property path for messages. */
export interface DocumentAt {
  path: string;
  doc: ParsedPolicyDocument;
}

/**
 * The identity-policy documents of a resource of one of `IDENTITY_POLICY_TYPES`: `policy` for
 * managed and inline policy resources, `inlinePolicies[i].policy` for a Role (its trust policy
 * `assumeRolePolicy` is not an identity policy and is not returned). An unknown `inlinePolicies`
 * list gives one `{state: "unknown"}` entry. Never throws.
 */
export function identityPolicyDocuments(type: string, props: unknown): DocumentAt[] {
  if (type !== ROLE_TYPE) return [{ path: "policy", doc: policyDocumentAt(props, "policy") }];
  const list = peekItems<unknown>(props, "inlinePolicies");
  const out: DocumentAt[] = list.known.map((p, i) => ({ path: `inlinePolicies[${i}].policy`, doc: policyDocumentAt(p, "policy") }));
  if (list.unknown) out.push({ path: "inlinePolicies", doc: { state: "unknown" } });
  return out;
}

/** Parses a document value; re-exported for callers that hold the value already. */
export const parse = parsePolicyDocument;

/**
 * Whether an IAM action pattern (`s3:Get*`, `*`, `kms:ReEncrypt?rom`) matches `action`
 * (case-insensitive, `*` any run of characters, `?` one character).
 */
export function actionMatches(pattern: string, action: string): boolean {
  const re = new RegExp(
    `^${pattern
      .replace(/[.+^${}()|[\]\\]/g, "\\$&")
      .replace(/\*/g, ".*")
      .replace(/\?/g, ".")}$`,
    "i",
  );
  return re.test(action);
}

/**
 * Whether the statement's action element grants `action`: "yes" (an `Action` pattern matches it,
 * or a `NotAction` list does not exclude it), "no", or "unknown" when an unknown pattern could
 * decide it. The effect is not looked at.
 */
export function coversAction(s: PolicyStatement, action: string): "yes" | "no" | "unknown" {
  if (s.actions) {
    if (s.actions.some((a) => a !== UNKNOWN && actionMatches(a, action))) return "yes";
    return s.actions.includes(UNKNOWN) ? "unknown" : "no";
  }
  if (s.notActions) {
    if (s.notActions.some((a) => a !== UNKNOWN && actionMatches(a, action))) return "no";
    return s.notActions.includes(UNKNOWN) ? "unknown" : "yes";
  }
  return s.hasUnknown ? "unknown" : "no";
}

/** Whether the statement's `Resource` is `*` (every resource). */
export function coversAllResources(s: PolicyStatement): boolean {
  return !!s.resources && s.resources.includes("*");
}

/**
 * Whether the statement grants full administrative access: `Effect: Allow`, `Action: "*"` (or
 * `*:*`) and `Resource: "*"`, as in Security Hub control IAM.1 and CIS AWS Foundations
 * Benchmark v3.0.0 recommendation 1.16. Conditions are not considered (IAM.1 ignores them too).
 */
export function grantsFullAdmin(s: PolicyStatement): boolean {
  return s.effect === "Allow" && !!s.actions && s.actions.some((a) => a === "*" || a === "*:*") && coversAllResources(s);
}

/** `Statement[0]` or `Statement[0] (Sid "x")`, for messages. */
export function statementLabel(s: PolicyStatement, index: number): string {
  // The Sid is free text: cut it, so a long or odd one cannot flood a message.
  return s.sid ? `Statement[${index}] (Sid ${show(s.sid, 40)})` : `Statement[${index}]`;
}

/** A statement that matched a check, located for messages. */
export interface StatementHit {
  /** Property path of the document (`policy`, `inlinePolicies[0].policy`, `assumeRolePolicy`). */
  path: string;
  /** `Statement[1]` or `Statement[1] (Sid "x")`. */
  label: string;
  statement: PolicyStatement;
}

/**
 * Runs `check` on every statement of the given documents. `check` answers "yes" (the statement
 * matches), "no", or "maybe" (an unknown part could make it match). Returns the matches and
 * whether any document or statement left the answer open (`unknown`), so a policy reports the
 * hits and, when there are none but `unknown` is set, raises the preview advisory.
 */
export function scanStatements(docs: readonly DocumentAt[], check: (s: PolicyStatement) => "yes" | "no" | "maybe"): { hits: StatementHit[]; unknown: boolean } {
  const hits: StatementHit[] = [];
  let unknown = false;
  for (const { path, doc } of docs) {
    if (doc.state === "unknown") unknown = true;
    if (doc.state !== "known") continue;
    doc.statements.forEach((s, i) => {
      const r = check(s);
      if (r === "yes") hits.push({ path, label: statementLabel(s, i), statement: s });
      else if (r === "maybe") unknown = true;
    });
  }
  return { hits, unknown };
}

/** Whether a list contains a value unknown during preview. */
export function hasUnknownEntry(list: readonly (string | typeof UNKNOWN)[] | undefined): boolean {
  return !!list && list.includes(UNKNOWN);
}
