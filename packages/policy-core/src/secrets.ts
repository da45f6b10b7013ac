/**
 * Keeps secret values out of policy messages.
 *
 * @pulumi/policy 1.21 unwraps secrets before a policy sees its properties (`deserializeProperties`
 * in its deserialize.js is called with `proxySecrets = false` by Analyze and AnalyzeStack), so a
 * policy cannot tell a secret from a plain value. rampart records, per deserialized property
 * object, the plain values that arrived wrapped in the secret signature
 * (`4dabf18193072939515e22adb298388d` = `1b47061264138c4ac30d75fd1eb44270`, @pulumi/pulumi
 * runtime/rpc `specialSigKey`/`specialSecretSig`) and replaces them in every message with
 * `[secret]`. It does so by wrapping the SDK module's exported `deserializeProperties`, which the
 * SDK's server calls through the module object on every request. The secrets are found only when
 * a policy reports something (one walk of the request's properties, cached per request).
 */
import * as path from "node:path";

const SIG_KEY = "4dabf18193072939515e22adb298388d";
const SECRET_SIG = "1b47061264138c4ac30d75fd1eb44270";
/** @pulumi/policy's proxy.js key that returns the proxy's target object. */
const PROXY_TARGET = "__getSpecialProxyTarget";

/**
 * State shared by every copy of policy-core in the process. Each pack bundles its own copy, and a
 * custom pack may load several (its own plus packs' policy lists): the first copy wraps the SDK's
 * deserializer, and all of them must read what that wrapper records.
 */
interface Registry {
  /** The request struct each deserialized property object came from (secrets found lazily). */
  structByProps: WeakMap<object, { toJavaScript?: () => unknown }>;
  /** Secret values per request struct, computed on first need. */
  secretsByStruct: WeakMap<object, ReadonlySet<string>>;
  /**
   * Deserialized properties per request struct. @pulumi/policy's Analyze deserializes the same
   * struct once per policy (server.js makeAnalyzeRpcFun); with 100+ policies that dominates a
   * pack's per-resource cost, so the result is shared by every policy of one request. Policies
   * only read properties (each gets its own unknown-checking proxy over the shared object).
   */
  resultByStruct: WeakMap<object, object>;
}
const REGISTRY_KEY = Symbol.for("rampart.policy-core.sdk-registry.v1");
const registry: Registry = ((globalThis as any)[REGISTRY_KEY] ??= {
  structByProps: new WeakMap(),
  secretsByStruct: new WeakMap(),
  resultByStruct: new WeakMap(),
} satisfies Registry);
const { structByProps, secretsByStruct, resultByStruct } = registry;
const NONE: ReadonlySet<string> = new Set();

let installed: boolean | undefined;

function collectSecrets(v: unknown, inSecret: boolean, out: Set<string>): void {
  if (v === null || v === undefined) return;
  if (typeof v === "boolean") return; // true/false are not worth hiding and would blank words.
  if (typeof v === "string" || typeof v === "number") {
    if (inSecret) {
      const s = String(v);
      if (s.length > 0) out.add(s);
    }
    return;
  }
  if (Array.isArray(v)) {
    for (const e of v) collectSecrets(e, inSecret, out);
    return;
  }
  if (typeof v === "object") {
    const o = v as Record<string, unknown>;
    if (o[SIG_KEY] === SECRET_SIG) {
      collectSecrets(o.value, true, out);
      return;
    }
    for (const k of Object.keys(o)) collectSecrets(o[k], inSecret, out);
  }
}

/** Secret plain values found in a wire-format value (a property map as JSON). */
export function secretValuesOf(wire: unknown): ReadonlySet<string> {
  const out = new Set<string>();
  collectSecrets(wire, false, out);
  return out.size ? out : NONE;
}

/**
 * Wraps @pulumi/policy's `deserializeProperties` so secrets are recorded. Idempotent. Returns
 * false when the SDK's module does not have the expected shape (then messages are not scrubbed;
 * a test pins this for the supported @pulumi/policy version).
 */
export function installSecretTracking(): boolean {
  if (installed !== undefined) return installed;
  try {
    const policyMain = require.resolve("@pulumi/policy");
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require(path.join(path.dirname(policyMain), "deserialize.js"));
    const original = mod.deserializeProperties;
    if (typeof original !== "function") return (installed = false);
    if (original.__rampartWrapped) return (installed = true);
    const wrapped = function (this: unknown, struct: any, proxySecrets: boolean) {
      const cacheable = !proxySecrets && !!struct && typeof struct === "object";
      if (cacheable) {
        const hit = resultByStruct.get(struct);
        if (hit) return hit;
      }
      const result = original.call(this, struct, proxySecrets);
      if (struct && typeof struct === "object" && result && typeof result === "object") {
        structByProps.set(result, struct);
        if (cacheable) resultByStruct.set(struct, result);
      }
      return result;
    };
    (wrapped as any).__rampartWrapped = true;
    mod.deserializeProperties = wrapped;
    return (installed = true);
  } catch {
    return (installed = false);
  }
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
  const struct = structByProps.get(t);
  if (!struct) return NONE;
  let secrets = secretsByStruct.get(struct);
  if (!secrets) {
    secrets = typeof struct.toJavaScript === "function" ? secretValuesOf(struct.toJavaScript()) : NONE;
    secretsByStruct.set(struct, secrets);
  }
  return secrets;
}

/** Replaces every occurrence of each secret value in `message` with `[secret]`. */
export function scrubSecrets(message: string, secrets: Iterable<string>): string {
  let out = message;
  // Longest first, so a secret that contains another is replaced whole.
  const list = [...secrets].sort((a, b) => b.length - a.length);
  for (const s of list) {
    if (s.length === 0) continue;
    out = out.split(s).join("[secret]");
  }
  return out;
}
