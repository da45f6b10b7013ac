/**
 * Parsing and reading AWS policy documents (IAM identity and trust policies, S3 bucket policies,
 * KMS key policies, ECR repository policies, Lambda permissions), given as a JSON string or an
 * object in resource properties. Grammar: AWS IAM User Guide, "IAM JSON policy element reference"
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements.html).
 *
 * Normalization: `Action`/`NotAction`/`Resource`/`NotResource` become string arrays; `Principal`
 * becomes `{ "*": true }` or a map of principal kind (`AWS`, `Service`, `Federated`,
 * `CanonicalUser`) to string arrays; condition values become string arrays. Unknown values (during
 * preview) are kept as `UNKNOWN` markers so a policy can stay quiet when they could change the
 * verdict.
 */
import { containsUnknown, snapshot, Snapshot, UNKNOWN } from "./snapshot";
import { peek } from "./unknown";

export { UNKNOWN, snapshot, containsUnknown } from "./snapshot";
export type { Snapshot } from "./snapshot";

/** One normalized statement. String arrays may contain `UNKNOWN`. */
export interface PolicyStatement {
  sid?: string;
  effect: "Allow" | "Deny" | typeof UNKNOWN;
  actions?: (string | typeof UNKNOWN)[];
  notActions?: (string | typeof UNKNOWN)[];
  resources?: (string | typeof UNKNOWN)[];
  notResources?: (string | typeof UNKNOWN)[];
  /** `"*"` for everyone, else kind → values. */
  principal?: "*" | Record<string, (string | typeof UNKNOWN)[]> | typeof UNKNOWN;
  notPrincipal?: "*" | Record<string, (string | typeof UNKNOWN)[]> | typeof UNKNOWN;
  /** operator → condition key (lower-cased) → values. */
  conditions: Record<string, Record<string, (string | typeof UNKNOWN)[]>> | typeof UNKNOWN;
  /** True when any part of the statement is unknown during preview. */
  hasUnknown: boolean;
}

/** Result of parsing a policy document. */
export type ParsedPolicyDocument =
  { state: "absent" } | { state: "unknown" } | { state: "invalid"; error: string } | { state: "known"; statements: PolicyStatement[]; hasUnknown: boolean };

/**
 * One element of a string list: primitives as strings; a nested array or object (not valid in a
 * policy document) as its JSON text, or `UNKNOWN` when it contains an unknown value.
 */
function strElement(e: Snapshot): string | typeof UNKNOWN {
  if (e === UNKNOWN) return UNKNOWN;
  if (e === null || typeof e !== "object") return String(e);
  return containsUnknown(e) ? UNKNOWN : JSON.stringify(e);
}

function strList(v: Snapshot | undefined): (string | typeof UNKNOWN)[] | undefined {
  if (v === undefined || v === null) return undefined;
  if (v === UNKNOWN) return [UNKNOWN];
  if (Array.isArray(v)) return v.map(strElement);
  if (typeof v === "object") return undefined;
  return [String(v)];
}

function principalOf(v: Snapshot | undefined): PolicyStatement["principal"] {
  if (v === undefined || v === null) return undefined;
  if (v === UNKNOWN) return UNKNOWN;
  if (v === "*") return "*";
  if (typeof v === "object" && !Array.isArray(v)) {
    const out: Record<string, (string | typeof UNKNOWN)[]> = {};
    for (const [k, val] of Object.entries(v)) out[k] = strList(val) ?? [];
    return out;
  }
  return undefined;
}

function conditionsOf(v: Snapshot | undefined): PolicyStatement["conditions"] {
  if (v === UNKNOWN) return UNKNOWN;
  const out: Record<string, Record<string, (string | typeof UNKNOWN)[]>> = {};
  if (!v || typeof v !== "object" || Array.isArray(v)) return out;
  for (const [op, block] of Object.entries(v)) {
    const keys: Record<string, (string | typeof UNKNOWN)[]> = {};
    if (block === UNKNOWN) keys["*"] = [UNKNOWN];
    else if (block && typeof block === "object" && !Array.isArray(block)) {
      for (const [k, val] of Object.entries(block)) keys[k.toLowerCase()] = strList(val) ?? [];
    }
    out[op] = keys;
  }
  return out;
}

function statementOf(s: Snapshot): PolicyStatement | undefined {
  if (s === UNKNOWN) {
    return { effect: UNKNOWN, conditions: UNKNOWN, hasUnknown: true };
  }
  if (!s || typeof s !== "object" || Array.isArray(s)) return undefined;
  const effect = s.Effect === UNKNOWN ? UNKNOWN : s.Effect === "Deny" ? "Deny" : s.Effect === "Allow" ? "Allow" : undefined;
  if (effect === undefined) return undefined;
  return {
    sid: typeof s.Sid === "string" ? s.Sid : undefined,
    effect,
    actions: strList(s.Action),
    notActions: strList(s.NotAction),
    resources: strList(s.Resource),
    notResources: strList(s.NotResource),
    principal: principalOf(s.Principal),
    notPrincipal: principalOf(s.NotPrincipal),
    conditions: conditionsOf(s.Condition),
    hasUnknown: containsUnknown(s),
  };
}

/**
 * Parses a policy document value (JSON string or object, possibly proxied) into statements.
 * Never throws: unparseable JSON gives `{state: "invalid"}`.
 */
export function parsePolicyDocument(value: unknown): ParsedPolicyDocument {
  let snap = snapshot(value);
  if (snap === undefined || snap === null || snap === "") return { state: "absent" };
  if (snap === UNKNOWN) return { state: "unknown" };
  if (typeof snap === "string") {
    try {
      snap = JSON.parse(snap) as Snapshot;
    } catch (e) {
      return { state: "invalid", error: (e as Error).message };
    }
  }
  if (!snap || typeof snap !== "object" || Array.isArray(snap)) return { state: "invalid", error: "not a JSON object" };
  const raw = snap.Statement;
  if (raw === UNKNOWN) return { state: "unknown" };
  const list: Snapshot[] = raw === undefined || raw === null ? [] : Array.isArray(raw) ? raw : [raw];
  const statements: PolicyStatement[] = [];
  for (const s of list) {
    const st = statementOf(s);
    if (st) statements.push(st);
  }
  return { state: "known", statements, hasUnknown: statements.some((s) => s.hasUnknown) };
}

/** Parses the policy document at `path` of `props` (absent, unknown or a document). */
export function policyDocumentAt(props: unknown, path: string): ParsedPolicyDocument {
  const p = peek(props, path);
  if (p.state === "absent") return { state: "absent" };
  if (p.state === "unknown") return { state: "unknown" };
  return parsePolicyDocument(p.value);
}

/** Whether a pattern list matches everything (`*`, or for actions also `*:*`). */
export function isWildcard(list: readonly (string | typeof UNKNOWN)[] | undefined): boolean {
  return !!list && list.some((v) => v === "*" || v === "*:*");
}

/**
 * Whether a principal means "anyone": `"*"`, `{"AWS": "*"}` (or an array containing `*`).
 * Service principals are not anonymous and do not count.
 */
export function isPublicPrincipal(p: PolicyStatement["principal"]): boolean {
  if (p === "*") return true;
  if (!p || p === UNKNOWN) return false;
  return (p.AWS ?? []).some((v) => v === "*") || (p.CanonicalUser ?? []).some((v) => v === "*");
}

/**
 * Condition keys that narrow a public principal to a known caller, so a `Principal: "*"`
 * statement with one of them (with a concrete, non-wildcard value) is not public. Source: AWS
 * global condition context keys (IAM User Guide, reference_policies_condition-keys.html) as used
 * by IAM Access Analyzer's public-access evaluation.
 */
export const RESTRICTING_CONDITION_KEYS: readonly string[] = [
  "aws:sourcearn",
  "aws:sourceaccount",
  "aws:sourceowner",
  "aws:principalorgid",
  "aws:principalorgpaths",
  "aws:principalaccount",
  "aws:principalarn",
  "aws:sourcevpc",
  "aws:sourcevpce",
  "aws:sourceip",
  "aws:userid",
  "aws:username",
  "aws:sourceorgid",
  "aws:sourceorgpaths",
  // KMS key policies: `kms:CallerAccount` limits a `*` principal to one account's principals
  // (the pattern of AWS managed key policies; IAM Access Analyzer treats it as restricting).
  "kms:calleraccount",
];

/** Whether a statement's conditions restrict who can use it (see `RESTRICTING_CONDITION_KEYS`). */
export function hasRestrictingCondition(s: PolicyStatement): boolean {
  if (s.conditions === UNKNOWN) return true; // cannot tell: treat as restricted (no false violation)
  for (const [op, keys] of Object.entries(s.conditions)) {
    if (/IfExists$/i.test(op)) continue; // "...IfExists" passes when the key is missing
    // Negated operators (StringNotEquals, ArnNotLike, NotIpAddress, ...) and Null exclude some
    // callers but still admit everyone else: they do not narrow a public principal.
    const base = op.replace(/^For(All|Any)Values:/i, "");
    if (/^(String|Arn|Numeric|Date)Not|^NotIpAddress$|^Null$/i.test(base)) continue;
    for (const [k, vals] of Object.entries(keys)) {
      if (k === "*") return true;
      if (!RESTRICTING_CONDITION_KEYS.includes(k)) continue;
      const open = (v: string) => v === "*" || v === "" || (k === "aws:sourceip" && (v === "0.0.0.0/0" || v === "::/0"));
      if (vals.some((v) => v === UNKNOWN || !open(v))) return true;
    }
  }
  return false;
}

/**
 * Whether the statement allows anyone (public principal without a restricting condition).
 * Unknown parts count as not public, so preview never yields a false violation.
 */
export function allowsPublicAccess(s: PolicyStatement): boolean {
  return s.effect === "Allow" && isPublicPrincipal(s.principal) && !hasRestrictingCondition(s);
}

/**
 * Whether a document denies requests not sent over TLS: a `Deny` statement for every principal
 * with condition `Bool` (or `BoolIfExists`) `aws:SecureTransport` = `false` on actions covering
 * `actionPrefix` (`s3:*` or `*`). Source: AWS FSBP control S3.5 and the S3 User Guide
 * ("Enforce encryption of data in transit").
 */
export function deniesInsecureTransport(doc: ParsedPolicyDocument, actionPrefix: string): boolean {
  if (doc.state !== "known") return false;
  return doc.statements.some((s) => {
    if (s.effect !== "Deny" || s.conditions === UNKNOWN) return false;
    if (!isPublicPrincipal(s.principal)) return false;
    const acts = s.actions ?? [];
    if (!acts.some((a) => a === "*" || a === `${actionPrefix}:*`)) return false;
    for (const [op, keys] of Object.entries(s.conditions)) {
      if (!/^Bool(IfExists)?$/i.test(op)) continue;
      const v = keys["aws:securetransport"];
      if (v && v.some((x) => typeof x === "string" && x.toLowerCase() === "false")) return true;
    }
    return false;
  });
}
