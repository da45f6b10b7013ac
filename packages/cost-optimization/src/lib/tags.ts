/**
 * Required cost-allocation tags (AWS, Azure) and labels (GCP) on every taggable resource. Which
 * types are taggable comes from src/data/taggable.json, generated from the installed provider
 * SDKs by scripts/taggable.mjs (resources whose Args have a string-map `tags`/`labels` input).
 */
import { peek, type Report, type ResourceContext, msg } from "@rampart/policy-core";
import taggable from "../data/taggable.json";

/** Type tokens of taggable resources per provider package (`aws`, `azure-native`, `gcp`). */
export const TAGGABLE: { readonly aws: readonly string[]; readonly "azure-native": readonly string[]; readonly gcp: readonly string[] } = taggable;

/** Config of the required-tags policies. */
export interface RequiredTagsConfig {
  /** Keys every taggable resource must carry. */
  requiredTags: string[];
  /** Key → allowed values; keys without an entry accept any value. */
  allowedValues: Record<string, string[]>;
  /** Type tokens exempt from the rule. */
  exemptResourceTypes: string[];
}

/** How a cloud names and defaults its tags. */
export interface TagDialect {
  /** Property on the resource: `tags` or `labels`. */
  property: "tags" | "labels";
  /** Word for messages: `tag` or `label`. */
  noun: "tag" | "label";
  /** Whether keys compare case-insensitively (Azure). */
  caseInsensitiveKeys: boolean;
  /** Provider property holding default tags applied to every resource (`defaultTags.tags`, `defaultLabels`). */
  providerDefaults?: string;
}

type Keys = { known: Map<string, unknown>; unknown: boolean };

function normal(key: string, d: TagDialect): string {
  return d.caseInsensitiveKeys ? key.toLowerCase() : key;
}

/** Collects the keys of a tag map (values peeked lazily later). Provider inputs may hold JSON text. */
function keysOf(obj: unknown, path: string, d: TagDialect): Keys {
  const p = peek<unknown>(obj, path);
  const out: Keys = { known: new Map(), unknown: false };
  if (p.state === "unknown") return { ...out, unknown: true };
  if (p.state === "absent") return out;
  let v = p.value;
  if (typeof v === "string") {
    try {
      v = JSON.parse(v);
    } catch {
      return out;
    }
  }
  if (!v || typeof v !== "object" || Array.isArray(v)) return out;
  for (const k of Object.keys(v)) out.known.set(normal(k, d), v);
  return out;
}

function providerDefaults(provider: ResourceContext<unknown>["provider"], d: TagDialect): Keys {
  if (!d.providerDefaults || !provider) return { known: new Map(), unknown: false };
  const [first, ...rest] = d.providerDefaults.split(".");
  const top = peek<unknown>(provider.props, first);
  if (top.state === "unknown") return { known: new Map(), unknown: true };
  if (top.state === "absent") return { known: new Map(), unknown: false };
  let v = top.value;
  if (typeof v === "string") {
    try {
      v = JSON.parse(v);
    } catch {
      return { known: new Map(), unknown: false };
    }
  }
  return rest.length ? keysOf(v, rest.join("."), d) : keysOf({ v }, "v", d);
}

/**
 * Checks the resource's tags/labels (plus the provider's default tags/labels) against the config:
 * reports missing required keys and values outside `allowedValues`. Values are never echoed.
 * A tag map unknown during preview gives the preview advisory (`report.unknown`), never a violation.
 */
export function checkRequiredTags(ctx: ResourceContext<RequiredTagsConfig>, d: TagDialect, report: Report): void {
  const { props, config } = ctx;
  if (config.exemptResourceTypes.includes(ctx.type)) return;
  const own = keysOf(props, d.property, d);
  const defaults = providerDefaults(ctx.provider, d);
  const missing: string[] = [];
  const badValue: string[] = [];
  let unknownValue = false;
  const allowed = new Map<string, string[]>();
  for (const [k, vs] of Object.entries(config.allowedValues ?? {})) allowed.set(normal(k, d), vs);
  for (const key of config.requiredTags) {
    const nk = normal(key, d);
    const holder = own.known.get(nk) ?? defaults.known.get(nk);
    if (!holder) {
      missing.push(key);
      continue;
    }
    const values = allowed.get(nk);
    if (!values) continue;
    const realKey = Object.keys(holder as object).find((k) => normal(k, d) === nk)!;
    const v = peek<unknown>(holder, [realKey]);
    if (v.state === "unknown") unknownValue = true;
    else if (v.state === "known" && !values.includes(String(v.value))) badValue.push(key);
  }
  const where = msg`${d.property}`;
  if (missing.length && (own.unknown || defaults.unknown)) {
    report.unknown(msg`${where} is unknown during preview, so the required ${d.noun}s ${missing.map((k) => JSON.stringify(k)).join(", ")} cannot be checked`);
    return;
  }
  if (missing.length) {
    report(
      msg`${where} lacks the required cost-allocation ${d.noun}${missing.length > 1 ? "s" : ""} ${missing.map((k) => JSON.stringify(k)).join(", ")}. Add ${missing.length > 1 ? "them" : "it"} to ${where}${d.providerDefaults ? ` (or to the provider's ${d.providerDefaults})` : ""}.`,
    );
  }
  for (const key of badValue) {
    report(
      msg`${where}.${key} has a value outside allowedValues["${key}"] (${(allowed.get(normal(key, d)) ?? []).map((v) => JSON.stringify(v)).join(", ")}). Use one of the allowed values.`,
    );
  }
  if (!missing.length && !badValue.length && unknownValue) {
    report.unknown(msg`a value of a required ${d.noun} in ${where} is unknown during preview, so it cannot be checked against allowedValues`);
  }
}

/** The JSON-Schema config of the required-tags policies, with defaults. */
export function requiredTagsConfig(noun: "tag" | "label") {
  return {
    requiredTags: {
      type: "array" as const,
      items: { type: "string" },
      description: `Cost-allocation ${noun} keys every taggable resource must carry.`,
      default: ["cost-center", "owner"] as string[],
    },
    allowedValues: {
      type: "object" as const,
      additionalProperties: { type: "array", items: { type: "string" } },
      description: `Allowed values per ${noun} key, e.g. {"cost-center": ["cc-100", "cc-200"]}; keys without an entry accept any value.`,
      default: {} as Record<string, string[]>,
    },
    exemptResourceTypes: {
      type: "array" as const,
      items: { type: "string" },
      description: "Type tokens exempt from this rule.",
      default: [] as string[],
    },
  };
}
