/**
 * Size caps: the one shape of every "value must stay at or below the stack's cap" policy (disk
 * sizes, instance counts, IOPS, throughput, retention days). A cap has a production and a stricter
 * non-production limit (`limitFor`, ./env.ts); the policy finds the numeric values it caps (its
 * "spots") and `reportOverCap` reports each one above the limit, or raises the preview advisory
 * when none is above it and one of them is unknown. `capRule` is the whole policy body (config and
 * validate function) of a cap that only reads its spots.
 */
import {
  ENVIRONMENT_CONFIG,
  msg,
  peek,
  requireKnown,
  type ConfigPropertySchema,
  type EnvironmentConfig,
  type Peeked,
  type Report,
  type ResourceContext,
} from "@rampart/policy-core";
import { limitFor, type Limit } from "./env";

/** The config keys of a cap named `K`: `K` (production) and `nonProduction<K>`. */
export type CapKeys<K extends string> = K | `nonProduction${Capitalize<K>}`;

/** How a cap's two config properties are described. */
export interface CapSpec {
  /** What is limited, as the start of the description: "Largest EBS volume in GiB". */
  what: string;
  /** JSON Schema `minimum` of both properties. */
  minimum: number;
  /** Default limit on production stacks. */
  production: number;
  /** Default limit on non-production stacks. */
  nonProduction: number;
  /** A remark in parentheses after the production description: "read from the size name". */
  note?: string;
}

/**
 * The two integer config properties of a cap: `capConfig("maxSizeGib", { what: "Largest EBS volume
 * in GiB", minimum: 1, production: 4096, nonProduction: 500 })` is `maxSizeGib` ("Largest EBS
 * volume in GiB on production stacks.", default 4096) and `nonProductionMaxSizeGib` ("... on
 * non-production stacks.", default 500). Spread it into the policy's `config` beside
 * `ENVIRONMENT_CONFIG`.
 */
export function capConfig<const K extends string>(key: K, spec: CapSpec): { [P in CapKeys<K>]: ConfigPropertySchema<number> } {
  return capPair(key, spec.production, spec.nonProduction, (where, value) => ({
    type: "integer",
    minimum: spec.minimum,
    description: capDescription(spec, where),
    default: value,
  }));
}

/** How `sizeNameCapConfig` describes a cap given as a size name (`2xlarge`) rather than a number. */
export interface SizeNameCapSpec {
  /** What is limited, as the start of the description: "Largest DB instance size". */
  what: string;
  /** A remark in parentheses after the production description: the size names it takes. */
  note?: string;
  /** JSON Schema `pattern` of both properties (the size names the policy reads). */
  pattern: string;
  /** Default size on production stacks. */
  production: string;
  /** Default size on non-production stacks. */
  nonProduction: string;
}

/**
 * The two string config properties of a size-name cap, like `capConfig` for numbers:
 * `sizeNameCapConfig("maxSize", { what: "Largest node size", pattern, production: "4xlarge", nonProduction: "large" })`
 * is `maxSize` ("Largest node size on production stacks.", default "4xlarge") and
 * `nonProductionMaxSize` ("Largest node size on non-production stacks.", default "large").
 */
export function sizeNameCapConfig<const K extends string>(key: K, spec: SizeNameCapSpec): { [P in CapKeys<K>]: ConfigPropertySchema<string> } {
  return capPair(key, spec.production, spec.nonProduction, (where, value) => ({
    type: "string",
    pattern: spec.pattern,
    description: capDescription(spec, where),
    default: value,
  }));
}

/** "<what> on <where> stacks[ (<note>)]." (the note on the production property only). */
function capDescription(spec: { what: string; note?: string }, where: string): string {
  return `${spec.what} on ${where} stacks${where === "production" && spec.note ? ` (${spec.note})` : ""}.`;
}

/** The properties `key` (production) and `nonProduction<Key>`, each built by `prop`. */
function capPair<const K extends string, T>(
  key: K,
  production: T,
  nonProduction: T,
  prop: (where: string, value: T) => ConfigPropertySchema<T>,
): { [P in CapKeys<K>]: ConfigPropertySchema<T> } {
  const np = `nonProduction${key[0].toUpperCase()}${key.slice(1)}`;
  return { [key]: prop("production", production), [np]: prop("non-production", nonProduction) } as { [P in CapKeys<K>]: ConfigPropertySchema<T> };
}

/** One value a cap applies to: its property path (for the message) and what was read there. */
export interface CapSpot {
  path: string;
  value: Peeked<number> | { state: "known"; value: unknown };
}

/** How `reportOverCap` words a finding and where it looks when a value is unknown. */
export interface CapReportOptions {
  /** Unit after the value (`"GiB"` gives `size is 600 GiB, ...`); none by default. */
  unit?: string;
  /** The sentence after the cap (default `Lower it or raise <key>.`), given the config key that applies. */
  advice?: (key: string) => string;
  /** Property path `requireKnown` reads for the preview advisory (default: every property). */
  unknownPath?: string;
  /** Set when a spot list left something out because it was unknown (e.g. an unknown list of disks). */
  unknown?: boolean;
}

/**
 * Reports every known numeric spot above `cap` as
 * `<path> is <value>[ <unit>], above the <environment> cap <key> = <limit>. <advice>`; when none is
 * above it and a spot (or `options.unknown`) is unknown during preview, calls `requireKnown`, which
 * raises the SDK's preview advisory. Non-numeric values are not a finding (the provider rejects them).
 * @returns whether a finding was reported.
 */
export function reportOverCap(props: unknown, spots: readonly CapSpot[], cap: Limit<number>, report: Report, options: CapReportOptions = {}): boolean {
  const unit = options.unit ? ` ${options.unit}` : "";
  const advice = options.advice ? options.advice(cap.key) : `Lower it or raise ${cap.key}.`;
  let hit = false;
  let unknown = options.unknown ?? false;
  for (const s of spots) {
    if (s.value.state === "unknown") unknown = true;
    else if (s.value.state === "known" && typeof s.value.value === "number" && s.value.value > cap.value) {
      hit = true;
      report(msg`${s.path} is ${s.value.value}${unit}, above the ${cap.environment} cap ${cap.key} = ${cap.value}. ${advice}`);
    }
  }
  if (!hit && unknown) requireKnown(props, options.unknownPath);
  return hit;
}

/** Spots of values already read and known (e.g. from `ebsValues`), each with its property path. */
export function knownSpots(values: readonly { path: string; value: unknown }[]): CapSpot[] {
  return values.map((v) => ({ path: v.path, value: { state: "known", value: v.value } }));
}

/** The spots of one resource, plus whether a list of them was unknown (see `CapReportOptions.unknown`). */
export interface FoundSpots {
  spots: CapSpot[];
  unknown?: boolean;
}

/** Where a cap policy's values are, and how it words a finding (its limits are a `CapSpec`). */
export interface SizeCapSpec extends Omit<CapReportOptions, "unknown"> {
  /**
   * The property paths of the capped numbers (each read with `peek`), or a function that finds the
   * spots of a resource of `type` (disks of a VM, volumes of a launch template).
   */
  spots: readonly string[] | ((type: string, props: Record<string, any>) => FoundSpots);
}

/** The config values of a cap named `K`, plus which stacks are production. */
export type CapConfig<K extends string> = { [P in CapKeys<K>]: number } & EnvironmentConfig;

/**
 * The `config` and `validateResource` of a cap policy that reports every spot above the stack's
 * limit (`reportOverCap`): spread it into `costPolicy({...})` after the metadata.
 * `capRule("maxIops", { what: "Largest provisioned IOPS", minimum: 0, production: 20000, nonProduction: 3000 }, { spots: ["iops"] })`
 * has the config `maxIops`, `nonProductionMaxIops` and `ENVIRONMENT_CONFIG`, and reports
 * `iops is 12000, above the non-production cap nonProductionMaxIops = 3000. Lower it or raise nonProductionMaxIops.`
 */
export function capRule<const K extends string>(key: K, limits: CapSpec, spec: SizeCapSpec) {
  return {
    config: { ...capConfig(key, limits), ...ENVIRONMENT_CONFIG },
    validateResource: ({ type, props, config, urn, stackTags }: ResourceContext<CapConfig<K>>, report: Report): void => {
      const cap = limitFor({ urn, stackTags }, config, key);
      const found: FoundSpots =
        typeof spec.spots === "function" ? spec.spots(type, props) : { spots: spec.spots.map((path) => ({ path, value: peek<number>(props, path) })) };
      reportOverCap(props, found.spots, cap, report, { unit: spec.unit, advice: spec.advice, unknownPath: spec.unknownPath, unknown: found.unknown });
    },
  };
}
