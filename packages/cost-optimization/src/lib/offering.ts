/**
 * One check for every "which size may this resource use" policy: an allow-list, a block-list
 * (GPU and very large families blocked unless allowed) and an environment-aware size cap; the
 * config of the two lists (`patternListConfig`) and the read-and-check of a size property
 * (`checkOfferingAt`, `validateOffering`).
 */
import { msg, peek, requireKnown, show, type ConfigPropertySchema, type EnvironmentConfig, type Report, type ResourceContext } from "@rampart/policy-core";
import { limitFor, type Limit } from "./env";
import { checkLists, listOf } from "./match";

/** What `checkOffering` checks for one value. */
export interface OfferingCheck {
  /** The size or type, e.g. `m5.2xlarge`, `Standard_D4s_v5`, `e2-standard-4`. */
  value: string;
  /** Property path of the value, for messages (`instanceType`, `hardwareProfile.vmSize`). */
  path: string;
  /** Allow-list patterns and its config key. */
  allowed: readonly string[];
  allowedKey: string;
  /** Block-list patterns and its config key. */
  blocked: readonly string[];
  blockedKey: string;
  /** The cap that applies on this stack; its value is a size (`2xlarge`) or a vCPU count. */
  cap: Limit<string | number>;
  /** Size of a value in the cap's unit, or undefined when unreadable (then no cap applies). */
  sizeOf(value: string): number | undefined;
  /** Size of the cap in the same unit; undefined when the cap is invalid. */
  capSize(cap: string | number): number | undefined;
  /** What to suggest instead. */
  advice: string;
  /** Why blocked values cost too much; default: GPU, accelerator or very large sizes. */
  blockedReason?: string;
}

/**
 * Reports at most one violation for `c.value`: not on the allow-list, on the block-list, or above
 * the cap. Returns whether it reported.
 * @throws Error when the configured cap cannot be read (a clear configuration message).
 */
export function checkOffering(c: OfferingCheck, report: Report): boolean {
  const list = checkLists(c.value, c.allowed, c.blocked);
  // Quoted and cut at 80 characters: a type name is short; anything longer is not worth echoing whole.
  const shown = show(c.value);
  if (list?.problem === "not-allowed") {
    report(msg`${c.path} ${shown} is not in ${c.allowedKey} (${listOf(c.allowed)}). ${c.advice}`);
    return true;
  }
  if (list?.problem === "blocked") {
    report(
      msg`${c.path} ${shown} matches ${c.blockedKey} pattern ${JSON.stringify(list.pattern)} (${c.blockedReason ?? "GPU, accelerator or very large sizes cost the most"}). ${c.advice} If it is needed, add it to ${c.allowedKey}.`,
    );
    return true;
  }
  const capSize = c.capSize(c.cap.value);
  if (capSize === undefined) throw new Error(`config ${c.cap.key} ${JSON.stringify(c.cap.value)} is not a valid size`);
  const size = c.sizeOf(c.value);
  if (size !== undefined && size > capSize) {
    report(
      msg`${c.path} ${shown} is larger than the ${c.cap.environment} cap ${c.cap.key} = ${JSON.stringify(c.cap.value)}. ${c.advice} Or raise ${c.cap.key}.`,
    );
    return true;
  }
  return false;
}

/** How `patternListConfig` words an allow-list and a block-list of glob patterns. */
export interface PatternListSpec {
  /** What the patterns match, plural and singular: `["DB instance classes", "class"]`. */
  noun: readonly [plural: string, singular: string];
  /** Example patterns for the allow-list description, as written: `["db.t4g.*", "db.r7g.*"]`. */
  examples: string;
  /** What the default block-list holds, after "blocked unless allowed: "; none: the sentence ends there. */
  blockedWhat?: string;
  /** Default block-list patterns. */
  blocked: readonly string[];
  /** Whether the allow-list description adds "An entry here also lifts a block." */
  liftsBlock?: boolean;
}

/** The config keys of a pattern-list pair named `L`: `allowed<L>` and `blocked<L>`. */
export type PatternListKeys<L extends string> = `allowed${L}` | `blocked${L}`;

/**
 * The two string-array config properties of an allow-list / block-list pair:
 * `patternListConfig("NodeTypes", { noun: ["node types", "type"], examples: '["cache.t4g.*"]', blocked: [...] })`
 * is `allowedNodeTypes` ("Glob patterns of allowed node types (e.g. ["cache.t4g.*"]). Empty allows
 * every type that is not blocked.", default []) and `blockedNodeTypes` ("Glob patterns of node
 * types blocked unless allowed[: <blockedWhat>].", default `blocked`). `checkOffering` reads them.
 */
export function patternListConfig<const L extends string>(lists: L, spec: PatternListSpec): { [P in PatternListKeys<L>]: ConfigPropertySchema<string[]> } {
  const [plural, singular] = spec.noun;
  return {
    [`allowed${lists}`]: {
      type: "array" as const,
      items: { type: "string" },
      description: `Glob patterns of allowed ${plural} (e.g. ${spec.examples}). Empty allows every ${singular} that is not blocked.${spec.liftsBlock ? " An entry here also lifts a block." : ""}`,
      default: [] as string[],
    },
    [`blocked${lists}`]: {
      type: "array" as const,
      items: { type: "string" },
      description: `Glob patterns of ${plural} blocked unless allowed${spec.blockedWhat ? `: ${spec.blockedWhat}` : ""}.`,
      default: spec.blocked as string[],
    },
  } as unknown as { [P in PatternListKeys<L>]: ConfigPropertySchema<string[]> };
}

/**
 * What is the same for every resource a family of size policies checks: the pattern lists' key
 * suffix, the cap's key and how sizes are measured (`OfferingCheck` less the value and its path).
 */
export interface OfferingSpec<L extends string, K extends string> {
  /** Suffix of the list keys: `InstanceTypes` reads `allowedInstanceTypes` and `blockedInstanceTypes`. */
  lists: L;
  /** The production cap's key (`maxSize`, `maxVcpus`); `limitFor` picks it or `nonProduction<Key>`. */
  cap: K;
  sizeOf(value: string): number | undefined;
  capSize(cap: string | number): number | undefined;
  advice: string;
  blockedReason?: string;
  /** The name checked for a property value (default: the value), e.g. a GCP machine type URL's last segment. */
  nameOf?(value: string): string;
}

/** The config an `OfferingSpec` reads: both pattern lists, both caps, and which stacks are production. */
export type OfferingConfig<L extends string, K extends string> = { [P in PatternListKeys<L>]: readonly string[] } & {
  [P in K | `nonProduction${Capitalize<K>}`]: string | number;
} & EnvironmentConfig;

/**
 * Reads the size at `path` of `obj` and checks it with `checkOffering`: an unknown value calls
 * `requireKnown` (the SDK's preview advisory), an absent or non-string one is not checked.
 * @returns `"unknown"` when it deferred to `requireKnown`, else whether it reported.
 */
export function checkOfferingAt<L extends string, K extends string>(
  obj: unknown,
  path: string,
  spec: OfferingSpec<L, K>,
  where: { urn?: string; stackTags?: ReadonlyMap<string, string> },
  config: OfferingConfig<L, K>,
  report: Report,
): boolean | "unknown" {
  const v = peek<string>(obj, path);
  if (v.state === "unknown") {
    requireKnown(obj, path);
    return "unknown";
  }
  if (v.state !== "known" || typeof v.value !== "string") return false;
  const allowedKey: PatternListKeys<L> = `allowed${spec.lists}`;
  const blockedKey: PatternListKeys<L> = `blocked${spec.lists}`;
  return checkOffering(
    {
      value: spec.nameOf ? spec.nameOf(v.value) : v.value,
      path,
      allowed: config[allowedKey] as readonly string[],
      allowedKey,
      blocked: config[blockedKey] as readonly string[],
      blockedKey,
      cap: limitFor(where, config, spec.cap),
      sizeOf: spec.sizeOf,
      capSize: spec.capSize,
      advice: spec.advice,
      blockedReason: spec.blockedReason,
    },
    report,
  );
}

/** The validate function of a policy that checks one size property: `checkOfferingAt(props, path, spec, ...)`. */
export function validateOffering<const L extends string, const K extends string>(path: string, spec: OfferingSpec<L, K>) {
  return ({ props, config, urn, stackTags }: ResourceContext<OfferingConfig<L, K>>, report: Report): void => {
    checkOfferingAt(props, path, spec, { urn, stackTags }, config, report);
  };
}
