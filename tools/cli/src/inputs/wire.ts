/**
 * Converting state values (stack exports, preview JSON) into what the engine sends an analyzer.
 * Special objects carry the signature key `4dabf18193072939515e22adb298388d` (@pulumi/pulumi
 * runtime/rpc): secrets `1b47061264138c4ac30d75fd1eb44270` (in exports either `ciphertext`,
 * which cannot be decrypted offline, or `plaintext`, a JSON-encoded value), resource references
 * `5cf8f73096256a8f31e491e813e4eb8e`, output values `d0e6a833031e9bbcd3f4e8bde6ca49a4`, assets
 * `c44067f5952c0a294b673a41bacd8c17` and archives `0def7320c3a5731c473e5ecbe6d01bc7`.
 *
 * The engine never sends resource references or output values to an analyzer (@pulumi/policy
 * rejects unknown signatures), so references become the referenced resource's id (custom) or URN
 * (component), output values their value (or unknown). Encrypted secrets, which cannot be
 * decrypted offline, become secrets whose value is the string `"[secret]"`, as
 * `pulumi policy analyze --file` redacts them (pkg/backend/secrets BlindingProvider). Keys that
 * start with `__` (`__defaults`, `__meta`) are dropped at every level, as the engine's
 * MarshalProperties does for Analyze (SkipInternalKeys).
 */
import { secret, SECRET_SIG, SIG_KEY, UNKNOWN_WIRE } from "@rampart/engine-client";

const RESOURCE_REF_SIG = "5cf8f73096256a8f31e491e813e4eb8e";
/** What `pulumi policy analyze --file` gives policies for a secret it cannot decrypt. */
export const REDACTED_SECRET = "[secret]";
const OUTPUT_VALUE_SIG = "d0e6a833031e9bbcd3f4e8bde6ca49a4";

/**
 * Converts a state value into the analyzer's wire form. Parts that need no conversion are returned
 * as they are, not copied (a value with no special object and no `__` key is its own wire form), so
 * a converted export shares its plain values with the parsed file instead of holding them twice
 * (inputs for Analyze, outputs for AnalyzeStack). Callers must not mutate the result.
 */
export function toWire(v: unknown): unknown {
  if (v === null || typeof v !== "object") return v;
  if (Array.isArray(v)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < v.length; i++) {
      const e = toWire(v[i]);
      if (e !== v[i]) (out ??= v.slice())[i] = e;
    }
    return out ?? v;
  }
  const o = v as Record<string, unknown>;
  const sig = o[SIG_KEY];
  if (sig === SECRET_SIG) {
    if ("plaintext" in o && typeof o.plaintext === "string") {
      try {
        return secret(toWire(JSON.parse(o.plaintext)));
      } catch {
        return secret(o.plaintext);
      }
    }
    if ("value" in o) return secret(toWire(o.value));
    return secret(REDACTED_SECRET);
  }
  if (sig === RESOURCE_REF_SIG) {
    if (typeof o.id === "string" && o.id !== "") return o.id;
    return typeof o.urn === "string" ? o.urn : UNKNOWN_WIRE;
  }
  if (sig === OUTPUT_VALUE_SIG) {
    const inner = "value" in o ? toWire(o.value) : UNKNOWN_WIRE;
    return o.secret ? secret(inner) : inner;
  }
  const keys = Object.keys(o);
  // The copy is made at the first key that changes (converted or dropped), with the keys before it.
  let out: Record<string, unknown> | undefined;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    const drop = k.startsWith("__");
    const w = drop ? undefined : toWire(o[k]);
    if (!out && (drop || w !== o[k])) {
      out = {};
      for (let j = 0; j < i; j++) out[keys[j]] = o[keys[j]];
    }
    if (out && !drop) out[k] = w;
  }
  return out ?? o;
}
