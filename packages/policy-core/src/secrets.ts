/**
 * Keeps secret values out of policy messages.
 *
 * @pulumi/policy 1.21 unwraps secrets before a policy sees its properties (`deserializeProperties`
 * in its deserialize.js is called with `proxySecrets = false` by Analyze and AnalyzeStack), so a
 * policy cannot tell a secret from a plain value. rampart records, per deserialized property
 * object, the plain values that arrived wrapped in the secret signature
 * (`4dabf18193072939515e22adb298388d` = `1b47061264138c4ac30d75fd1eb44270`, @pulumi/pulumi
 * runtime/rpc `specialSigKey`/`specialSecretSig`), and the parts of secret JSON documents: the
 * SDK hook (`installSdkHooks`, sdk-hooks.ts) tells it which request struct each deserialized
 * property object came from. The secrets are found only when a policy builds or reports a message
 * (one walk of the request's properties, cached per request).
 *
 * Secrecy is kept structurally: while a policy runs, its request's secrets are the current
 * context, and messages are built with `msg` (and values shown with `show`), which render any
 * value derived from a secret as `[secret]`, whatever the policy did to it (see
 * `SecretMatcher`). Every finished message is also scrubbed of whole secret values
 * (`scrubSecrets`) as a second line of defence.
 */
import { sdkRegistry } from "./sdk-registry";

const SIG_KEY = "4dabf18193072939515e22adb298388d";
const SECRET_SIG = "1b47061264138c4ac30d75fd1eb44270";
/** @pulumi/policy's proxy.js key that returns the proxy's target object. */
const PROXY_TARGET = "__getSpecialProxyTarget";

const { structByProps, secretsByStruct } = sdkRegistry;
const secretsByProps = (sdkRegistry.secretsByProps ??= new WeakMap());
const contexts = (sdkRegistry.contexts ??= []);
const matchers = (sdkRegistry.matchers ??= new WeakMap()) as WeakMap<ReadonlySet<string>, SecretMatcher>;
const NONE: ReadonlySet<string> = new Set();

/** Nesting walked when collecting secrets; deeper parts are not looked at. */
const MAX_DEPTH = 200;

function collectSecrets(v: unknown, inSecret: boolean, out: Set<string>, depth = 0): void {
  if (v === null || v === undefined || depth > MAX_DEPTH) return;
  if (typeof v === "boolean") return; // true/false are not worth hiding and would blank words.
  if (typeof v === "string" || typeof v === "number") {
    if (!inSecret) return;
    const s = String(v);
    // A secret JSON document (an IAM policy, a container definition) is a structured secret: its
    // parts are the secrets, since a policy parses it and may name one (a statement's Sid). The
    // document's text itself is not added: its keys ("Statement", "Action") are no secret, and
    // the document shown whole shows its parts.
    if (typeof v === "string" && depth < MAX_DEPTH && /^\s*[[{]/.test(v)) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(v);
      } catch {
        parsed = undefined;
      }
      if (parsed && typeof parsed === "object") {
        collectSecrets(parsed, true, out, depth + 1);
        return;
      }
    }
    if (s.length > 0) out.add(s);
    return;
  }
  if (Array.isArray(v)) {
    for (const e of v) collectSecrets(e, inSecret, out, depth + 1);
    return;
  }
  if (typeof v === "object") {
    const o = v as Record<string, unknown>;
    if (o[SIG_KEY] === SECRET_SIG) {
      collectSecrets(o.value, true, out, depth + 1);
      return;
    }
    for (const k of Object.keys(o)) collectSecrets(o[k], inSecret, out, depth + 1);
  }
}

/**
 * Secret plain values found in a wire-format value (a property map as JSON): every string and
 * number leaf under a secret, and the leaves of secret strings that are JSON documents.
 */
export function secretValuesOf(wire: unknown): ReadonlySet<string> {
  const out = new Set<string>();
  collectSecrets(wire, false, out);
  return out.size ? out : NONE;
}

/**
 * Records the secrets of `props` (a deserialized property object), found from the wire value it
 * was deserialized from (`secretValuesOf`). Called by the SDK hook.
 */
export function recordPropertySecrets(props: object, secrets: ReadonlySet<string>): void {
  secretsByProps.set(props, secrets);
}

/**
 * Records that `props` (a deserialized property object) came from request `struct`, so
 * `secretsOf(props)` can find the request's secrets later. Called by the SDK hook.
 */
export function recordPropertySource(props: object, struct: { toJavaScript?: () => unknown }): void {
  structByProps.set(props, struct);
}

/**
 * The secret values of a (proxied) property object handed to a policy: the plain values that
 * arrived wrapped in the secret signature in its request. Computed on first use (when a policy
 * reports something), then cached per request.
 */
export function secretsOf(props: unknown): ReadonlySet<string> {
  if (!props || typeof props !== "object") return NONE;
  let target: unknown;
  try {
    target = (props as Record<string, unknown>)[PROXY_TARGET];
  } catch {
    return NONE;
  }
  const t = (target && typeof target === "object" ? target : props) as object;
  const known = secretsByProps.get(t);
  if (known) return known;
  const struct = structByProps.get(t);
  if (!struct) return NONE;
  let secrets = secretsByStruct.get(struct);
  if (!secrets) {
    secrets = typeof struct.toJavaScript === "function" ? secretValuesOf(struct.toJavaScript()) : NONE;
    secretsByStruct.set(struct, secrets);
  }
  return secrets;
}

/** What a secret-derived value is rendered as in messages. */
export const SECRET_PLACEHOLDER = "[secret]";

/** Case-folded, with everything but letters and digits removed: the form transformations keep. */
export function normalizeForSecrets(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
}

/** Shortest shared run (normalized characters) that makes a value derived from a long secret. */
const MIN_SHARED = 6;
/** Secrets shorter than this (normalized) only match a value equal to them. */
const MIN_PARTIAL = 3;

/**
 * Decides whether a value came from one of a set of secrets, whatever was done to it: equal to a
 * secret, equal after case folding and stripping punctuation (`"EU-West-1"` → `euwest1`), or
 * sharing a run of at least 6 normalized characters with one (slices, a secret inside a longer
 * value, an ARN built from a secret name); for secrets shorter than 6, containing it whole.
 */
export class SecretMatcher {
  private readonly exact: Set<string>;
  private readonly normalized = new Set<string>();
  /** 6-character runs of the normalized secrets that are at least 6 long. */
  private readonly grams = new Set<string>();
  /** Normalized secrets of 3 to 5 characters. */
  private readonly short: string[] = [];

  constructor(secrets: Iterable<string>) {
    this.exact = new Set(secrets);
    for (const s of this.exact) {
      const n = normalizeForSecrets(s);
      if (!n) continue;
      this.normalized.add(n);
      if (n.length >= MIN_SHARED) for (let i = 0; i + MIN_SHARED <= n.length; i++) this.grams.add(n.slice(i, i + MIN_SHARED));
      else if (n.length >= MIN_PARTIAL) this.short.push(n);
    }
  }

  /** Whether there are secrets at all. */
  get empty(): boolean {
    return this.exact.size === 0;
  }

  /** Whether the string `value` is (derived from) a secret. Linear in the value's length. */
  isDerived(value: string): boolean {
    if (this.exact.size === 0) return false;
    if (this.exact.has(value)) return true;
    const n = normalizeForSecrets(value);
    if (!n) return false;
    if (this.normalized.has(n)) return true;
    for (const s of this.short) if (n.includes(s)) return true;
    if (this.grams.size) for (let i = 0; i + MIN_SHARED <= n.length; i++) if (this.grams.has(n.slice(i, i + MIN_SHARED))) return true;
    return false;
  }
}

const EMPTY_MATCHER = new SecretMatcher([]);

/** The (cached) matcher of a secret set. */
export function secretMatcher(secrets: ReadonlySet<string>): SecretMatcher {
  if (secrets.size === 0) return EMPTY_MATCHER;
  let m = matchers.get(secrets);
  if (!m) matchers.set(secrets, (m = new SecretMatcher(secrets)));
  return m;
}

/**
 * Runs `f` with `secrets` as the secrets of the current policy call, so `msg` and `show` render
 * values derived from them as `[secret]`. `secrets` is called only when a message is built.
 */
export function withSecretContext<T>(secrets: () => ReadonlySet<string>, f: () => T): T {
  let cached: ReadonlySet<string> | undefined;
  contexts.push(() => (cached ??= secrets()));
  try {
    return f();
  } finally {
    contexts.pop();
  }
}

/** The secrets of the policy call running now (empty outside one). */
export function currentSecrets(): ReadonlySet<string> {
  const top = contexts[contexts.length - 1];
  return top ? top() : NONE;
}

/** Whether `value` (a string or number, or any leaf of an array or object) is derived from a secret. */
export function isSecretDerived(value: unknown, secrets: ReadonlySet<string> = currentSecrets()): boolean {
  const m = secretMatcher(secrets);
  if (m.empty) return false;
  let found = false;
  walkLeaves(value, (leaf) => {
    if (!found && m.isDerived(leaf)) found = true;
  });
  return found;
}

function walkLeaves(v: unknown, f: (leaf: string) => void, depth = 0): void {
  if (depth > MAX_DEPTH) return;
  if (typeof v === "string" || typeof v === "number" || typeof v === "bigint") return f(String(v));
  if (!v || typeof v !== "object") return;
  if (Array.isArray(v)) {
    for (const e of v) walkLeaves(e, f, depth + 1);
    return;
  }
  for (const k of Object.keys(v)) walkLeaves((v as Record<string, unknown>)[k], f, depth + 1);
}

/**
 * A value as JSON with every secret-derived leaf replaced by `"[secret]"`; `undefined` when it
 * cannot be serialized (a cycle).
 */
export function redactedJson(value: unknown, secrets: ReadonlySet<string> = currentSecrets()): string | undefined {
  const m = secretMatcher(secrets);
  try {
    return JSON.stringify(value, (_k, v: unknown) =>
      !m.empty && (typeof v === "string" || typeof v === "number") && m.isDerived(String(v)) ? SECRET_PLACEHOLDER : v,
    );
  } catch {
    return undefined;
  }
}

/**
 * Builds a violation message; every interpolated value that is derived from a secret of the
 * current policy call (see {@link SecretMatcher}) is rendered as `[secret]`, whatever the policy
 * did to it (case changes, slices, parts of a parsed JSON document). Strings and numbers are
 * interpolated as they are, arrays and objects as JSON with secret leaves redacted.
 *
 * ```ts
 * report(msg`region ${region.toLowerCase()} is not allowed`);
 * ```
 */
export function msg(strings: TemplateStringsArray, ...values: unknown[]): string {
  const secrets = currentSecrets();
  const m = secretMatcher(secrets);
  let out = strings[0];
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    let rendered: string;
    if (v !== null && typeof v === "object") rendered = redactedJson(v, secrets) ?? "(value)";
    else if (!m.empty && (typeof v === "string" || typeof v === "number" || typeof v === "bigint") && m.isDerived(String(v))) rendered = SECRET_PLACEHOLDER;
    else rendered = String(v);
    out += rendered + strings[i + 1];
  }
  return out;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Longest secret matched with a regular expression; longer ones are replaced as plain text. */
const MAX_PATTERN_SECRET = 1_000;

/**
 * The second line of defence, applied to every finished message: replaces whole occurrences of
 * each secret value (any case) with `[secret]`. A whole occurrence is not next to another letter
 * or digit, so the secret `eu-west-1` is not found inside `eu-west-12`. A secret that is a plain
 * word (letters only) or shorter than 3 characters is replaced only where it is quoted (`"host"`,
 * `'host'`), so a secret equal to a common word does not blank that word in the message's prose.
 * A secret longer than 1,000 characters is replaced as plain text in its written, lower- and
 * upper-case forms, wherever it stands.
 */
export function scrubSecrets(message: string, secrets: Iterable<string>): string {
  let out = message;
  // Longest first, so a secret that contains another is replaced whole.
  // Punctuation alone ("*", "/") tells nothing about a value and would blank the message's own quotes.
  const list = [...new Set(secrets)].filter((s) => /[\p{L}\p{N}]/u.test(s)).sort((a, b) => b.length - a.length);
  for (const s of list) {
    const e = escapeRegExp(s);
    const wordLike = s.length < MIN_PARTIAL || /^\p{L}+$/u.test(s);
    let re: RegExp | undefined;
    try {
      if (s.length <= MAX_PATTERN_SECRET) re = wordLike ? new RegExp(`(["'\`])${e}\\1`, "giu") : new RegExp(`(?<![\\p{L}\\p{N}])${e}(?![\\p{L}\\p{N}])`, "giu");
    } catch {
      re = undefined;
    }
    if (!re) {
      // A very long secret: V8's regexp compiler can overflow its stack on the pattern (the
      // fuzzer's 10,000-character value did, deep inside a gRPC handler). Replace every occurrence
      // as written, lower- and upper-cased, without the word-boundary and quote rules (more is
      // hidden, nothing is shown).
      for (const form of new Set([s, s.toLowerCase(), s.toUpperCase()])) out = out.split(form).join(SECRET_PLACEHOLDER);
      continue;
    }
    out = wordLike ? out.replace(re, (_m, q: string) => `${q}${SECRET_PLACEHOLDER}${q}`) : out.replace(re, SECRET_PLACEHOLDER);
  }
  return out;
}
