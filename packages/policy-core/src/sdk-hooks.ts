/**
 * The deserializer hook rampart puts into @pulumi/policy (the other hook, on `serve`, is the
 * per-type dispatcher of dispatch.ts): its module `deserialize.js` exports
 * `deserializeProperties`, which the SDK's server calls through the module object for every
 * policy of every request. `installSdkHooks` wraps it once per process (idempotent across copies
 * of policy-core, marked `__rampartWrapped`) and plugs in two separate concerns:
 * - the deserialization cache (deserialize-cache.ts): one deserialization per request struct;
 * - secret tracking (secrets.ts): the secrets of each deserialized property object, read from the
 *   same wire value the SDK deserializes (the struct is converted once), so they are at hand when a
 *   policy reports.
 */
import * as path from "node:path";
import { cachedProperties, cacheProperties } from "./deserialize-cache";
import { recordPropertySecrets, recordPropertySource, secretValuesOf } from "./secrets";

let installed: boolean | undefined;

/**
 * Wraps @pulumi/policy's `deserializeProperties`. Idempotent. Returns false when the SDK's module
 * does not have the expected shape (then neither the cache nor secret tracking is active; a test
 * pins this for the supported @pulumi/policy version).
 */
export function installSdkHooks(): boolean {
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
        const hit = cachedProperties(struct);
        if (hit) return hit;
      }
      // The struct is converted to its wire value once: the SDK's deserializer gets it through a
      // stand-in (it only calls `toJavaScript`), and the secrets are read from the same value, so
      // a policy that reports does not convert the struct a second time.
      let wire: unknown;
      let converted = false;
      const source =
        struct && typeof struct === "object" && typeof struct.toJavaScript === "function"
          ? {
              toJavaScript: () => {
                if (!converted) {
                  wire = struct.toJavaScript();
                  converted = true;
                }
                return wire;
              },
            }
          : struct;
      const result = original.call(this, source, proxySecrets);
      if (struct && typeof struct === "object" && result && typeof result === "object") {
        if (converted) recordPropertySecrets(result, secretValuesOf(wire));
        else recordPropertySource(result, struct);
        if (cacheable) cacheProperties(struct, result);
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
