/**
 * State shared by every copy of policy-core in the process. Each pack bundles its own copy, and a
 * custom pack may load several (its own plus packs' policy lists): the first copy hooks the SDK's
 * deserializer (sdk-hooks.ts), and all of them must read what that hook records. Kept on
 * `globalThis` under a versioned symbol; its shape only grows.
 */

/** What secrets.ts keeps of a compiled matcher (the class itself lives there). */
export type SecretMatcherLike = object;

/** The shared state. */
export interface SdkRegistry {
  /** The request struct each deserialized property object came from (secrets found lazily). */
  structByProps: WeakMap<object, { toJavaScript?: () => unknown }>;
  /** Secret values per request struct, computed on first need. */
  secretsByStruct: WeakMap<object, ReadonlySet<string>>;
  /**
   * Secret values per deserialized property object, found by the hook while it deserializes (from
   * the same wire value, so the struct is converted once). Hooks of older copies record
   * `structByProps` only; `secretsOf` reads both.
   */
  secretsByProps?: WeakMap<object, ReadonlySet<string>>;
  /** Deserialized properties per request struct (the deserialization cache, deserialize-cache.ts). */
  resultByStruct: WeakMap<object, object>;
  /**
   * The secrets of the policy call running now, innermost last (validate functions run
   * synchronously, so a stack is exact). Read by `msg` and `show` to render secret-derived values.
   */
  contexts?: (() => ReadonlySet<string>)[];
  /**
   * The whole stack of the AnalyzeStack request being served, while a rampart stack policy runs
   * (set by dispatch.ts around each policy call; see `currentStackView`).
   */
  stackView?: readonly any[];
  /** Compiled matchers per secret set. */
  matchers?: WeakMap<ReadonlySet<string>, SecretMatcherLike>;
}

const REGISTRY_KEY = Symbol.for("rampart.policy-core.sdk-registry.v1");

/** The process-wide registry (created by the first copy of policy-core that loads). */
export const sdkRegistry: SdkRegistry = ((globalThis as any)[REGISTRY_KEY] ??= {
  structByProps: new WeakMap(),
  secretsByStruct: new WeakMap(),
  resultByStruct: new WeakMap(),
} satisfies SdkRegistry);
