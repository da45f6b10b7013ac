/**
 * The deserialization cache. @pulumi/policy 1.21's Analyze deserializes the same request struct
 * once per policy (server.js makeAnalyzeRpcFun); with 100+ policies that dominates a pack's
 * per-resource cost, so the result is shared by every policy of one request. Policies only read
 * properties (each gets its own unknown-checking proxy over the shared object). Only
 * deserializations without secret proxies (`proxySecrets = false`, what Analyze and AnalyzeStack
 * use) are cached. Fed by the SDK hook (sdk-hooks.ts).
 */
import { sdkRegistry } from "./sdk-registry";

const { resultByStruct } = sdkRegistry;

/** The cached deserialization of `struct`, if any. */
export function cachedProperties(struct: object): object | undefined {
  return resultByStruct.get(struct);
}

/** Caches the deserialization of `struct` (kept as long as the struct lives). */
export function cacheProperties(struct: object, props: object): void {
  resultByStruct.set(struct, props);
}
