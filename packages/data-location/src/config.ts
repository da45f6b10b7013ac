/**
 * The residency configuration every data-location policy shares: `allowedRegions` (per cloud) and
 * `allowedJurisdictions`. Written once as pack-level `settings` (createPolicyPack fans them out to
 * every policy whose schema declares them) or rendered per policy for
 * `pulumi preview --policy-pack-config` by `renderPolicyPackConfig`.
 */
import type { ConfigSpec, LocationCloud, ResidencySettings } from "@rampart/policy-core";

/** Allowed regions per cloud, as each cloud spells them. */
export interface AllowedRegions {
  /** AWS region codes, e.g. `eu-west-1`. */
  aws?: string[];
  /** Azure locations in any spelling, e.g. `westeurope` or `West Europe`. */
  azure?: string[];
  /** GCP regions, multi-regions or dual-regions, any case, e.g. `europe-west1`, `EU`, `EUR4`. */
  gcp?: string[];
}

/** The config every data-location policy takes. */
export interface ResidencyConfig {
  allowedRegions: AllowedRegions;
  allowedJurisdictions: string[];
}

/** Pack-level settings of the data-location pack (`settings` of createPolicyPack). */
export type DataLocationSettings = Partial<ResidencyConfig>;

const REGION_LIST = { type: "array", items: { type: "string", minLength: 1 } } as const;

/**
 * JSON-Schema properties of the shared config. Defaults are empty: nothing is allowed until the
 * pack is configured (see the README, "Defaults").
 */
export const RESIDENCY_CONFIG: ConfigSpec<ResidencyConfig> = {
  allowedRegions: {
    type: "object",
    description:
      'Allowed regions per cloud: { aws: ["eu-west-1"], azure: ["westeurope"], gcp: ["europe-west1", "EU"] }. A region is allowed when listed here or when its jurisdiction is in allowedJurisdictions.',
    default: {},
    properties: { aws: REGION_LIST, azure: REGION_LIST, gcp: REGION_LIST },
    additionalProperties: false,
  },
  allowedJurisdictions: {
    type: "array",
    description:
      "Allowed jurisdictions: EU (the 27 member states), UK, CH, NO, US, CA, AU, JP, IN, BR or any ISO 3166-1 alpha-2 country code, as rampart's location catalog maps regions to them.",
    default: [],
    items: { type: "string", pattern: "^[A-Za-z]{2}$" },
  },
};

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((s): s is string => typeof s === "string" && s.length > 0) : []);

/** The residency settings from a policy's effective config, ignoring malformed values. */
export function residencyOf(config: Partial<ResidencyConfig> | undefined): ResidencySettings {
  const r = (config?.allowedRegions ?? {}) as Record<string, unknown>;
  return {
    allowedRegions: { aws: strings(r.aws), azure: strings(r.azure), gcp: strings(r.gcp) },
    allowedJurisdictions: strings(config?.allowedJurisdictions),
  };
}

/** The message for a pack that allows nothing on `cloud` yet. */
export function notConfiguredMessage(cloud: LocationCloud): string {
  return (
    `data residency is not configured for ${cloud}: no allowedJurisdictions and no allowedRegions.${cloud}, so no location can be allowed. ` +
    `Set allowedJurisdictions (e.g. ["EU"]) or allowedRegions.${cloud} in the data-location pack's settings or --policy-pack-config.`
  );
}

/**
 * A list for messages: the first `max` items joined by `sep`, then how many more there are, so a
 * resource with hundreds of replicas or copy rules gives a readable (and bounded) message.
 * `["a", "b", "c"]` with max 2 → `a; b; and 1 more`.
 */
export function listForMessage(items: readonly string[], sep = "; ", max = 5): string {
  if (items.length <= max) return items.join(sep);
  return `${items.slice(0, max).join(sep)}${sep}and ${items.length - max} more`;
}
