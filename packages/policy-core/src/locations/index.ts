/**
 * The location catalog: every current region of AWS, Azure and Google Cloud mapped to its country
 * and jurisdiction (sources named in aws.ts, azure.ts, gcp.ts), plus the residency check the
 * data-location pack uses: is a region inside `allowedRegions` or `allowedJurisdictions`?
 */
import { AWS_REGIONS } from "./aws";
import { AZURE_REGIONS, normalizeAzureLocation } from "./azure";
import { GCP_REGIONS, gcpLocationMembers, gcpRegionOfZone } from "./gcp";
import { LocationCloud, normalizeJurisdiction, RegionInfo } from "./types";

export * from "./types";
export * from "./aws";
export * from "./azure";
export * from "./gcp";

/**
 * Residency settings: where resources and their data may be. A region is allowed when its cloud's
 * `allowedRegions` list names it or its jurisdiction is in `allowedJurisdictions`.
 */
export interface ResidencySettings {
  /** Allowed regions per cloud, as the cloud spells them (`eu-west-1`, `West Europe`, `europe-west1`, `EU`). */
  allowedRegions?: { aws?: readonly string[]; azure?: readonly string[]; gcp?: readonly string[] };
  /** Allowed jurisdictions: `EU`, `UK`, `CH`, `NO`, `US`, `CA`, `AU`, `JP`, `IN`, `BR`, or any ISO country code. */
  allowedJurisdictions?: readonly string[];
}

const TABLES: Record<LocationCloud, ReadonlyMap<string, RegionInfo>> = { aws: AWS_REGIONS, azure: AZURE_REGIONS, gcp: GCP_REGIONS };

/**
 * Normalizes a region name of a cloud: AWS lower case; Azure lower case without spaces
 * (`West Europe` → `westeurope`); GCP lower case, a zone mapped to its region.
 */
export function normalizeRegion(cloud: LocationCloud, region: string): string {
  if (cloud === "azure") return normalizeAzureLocation(region);
  if (cloud === "gcp") return gcpRegionOfZone(region);
  return region.trim().toLowerCase();
}

/** The catalog entry of a region (any spelling the cloud accepts), or `undefined`. */
export function lookupRegion(cloud: LocationCloud, region: string): RegionInfo | undefined {
  return TABLES[cloud].get(normalizeRegion(cloud, region));
}

/** Whether the settings say anything for this cloud (a jurisdiction, or a region list for it). */
export function isResidencyConfigured(settings: ResidencySettings, cloud: LocationCloud): boolean {
  return (settings.allowedJurisdictions?.length ?? 0) > 0 || (settings.allowedRegions?.[cloud]?.length ?? 0) > 0;
}

/** The verdict on one region. */
export interface RegionVerdict {
  /** The region, normalized. */
  region: string;
  allowed: boolean;
  /** The catalog entry, when the region is in the catalog. */
  info?: RegionInfo;
  /** Why: listed in allowedRegions, its jurisdiction allowed, not allowed, or unknown to the catalog. */
  reason: "listed" | "jurisdiction" | "not-allowed" | "not-in-catalog";
}

function listed(cloud: LocationCloud, name: string, settings: ResidencySettings): boolean {
  const list = settings.allowedRegions?.[cloud] ?? [];
  return list.some((r) => typeof r === "string" && normalizeRegion(cloud, r) === name);
}

/**
 * Checks one region (or GCP zone) against the settings. A region missing from the catalog is
 * allowed only when listed.
 */
export function checkRegion(cloud: LocationCloud, region: string, settings: ResidencySettings): RegionVerdict {
  const name = normalizeRegion(cloud, region);
  const info = TABLES[cloud].get(name);
  if (listed(cloud, name, settings)) return { region: name, allowed: true, info, reason: "listed" };
  if (!info) return { region: name, allowed: false, reason: "not-in-catalog" };
  const js = (settings.allowedJurisdictions ?? []).filter((j) => typeof j === "string").map(normalizeJurisdiction);
  if (js.includes(info.jurisdiction)) return { region: name, allowed: true, info, reason: "jurisdiction" };
  return { region: name, allowed: false, info, reason: "not-allowed" };
}

/** The verdict on a GCP location that may stand for several regions. */
export interface GcpLocationVerdict {
  location: string;
  kind: "region" | "multi-region" | "dual-region" | "custom-dual-region";
  allowed: boolean;
  /** Verdicts of the member regions (one for a region). */
  members: RegionVerdict[];
}

/**
 * Checks a GCP location (region, zone, multi-region such as `EU`, predefined dual-region such as
 * `EUR4`; any case). A multi- or dual-region is allowed when `allowedRegions.gcp` names it or every
 * member region is allowed. `dataLocations` (a custom dual-region's `customPlacementConfig`)
 * replaces the members.
 */
export function checkGcpLocation(location: string, settings: ResidencySettings, dataLocations?: readonly string[]): GcpLocationVerdict {
  const l = location.trim().toLowerCase();
  if (dataLocations && dataLocations.length) {
    const members = dataLocations.map((d) => checkRegion("gcp", d, settings));
    return { location: l, kind: "custom-dual-region", allowed: members.every((m) => m.allowed), members };
  }
  const m = gcpLocationMembers(l);
  if (m.kind === "region") {
    const v = checkRegion("gcp", l, settings);
    return { location: v.region, kind: "region", allowed: v.allowed, members: [v] };
  }
  const members = m.regions.map((r) => checkRegion("gcp", r, settings));
  const whole = listed("gcp", l, settings);
  return { location: l, kind: m.kind, allowed: whole || members.every((v) => v.allowed), members };
}

/** Longest region name a message repeats; longer names (no region is near it) are cut. */
const MAX_NAME = 64;

/**
 * A region for messages: `"us-east-1" (US East (N. Virginia), US)`, or `"x" (not in rampart's
 * location catalog)`; a name longer than 64 characters is cut and ends in `…`.
 */
export function describeRegion(v: RegionVerdict): string {
  if (!v.info) return `"${v.region.length > MAX_NAME ? `${v.region.slice(0, MAX_NAME - 1)}…` : v.region}" (not in rampart's location catalog)`;
  const j = v.info.jurisdiction === v.info.country ? v.info.country : `${v.info.country}, ${v.info.jurisdiction}`;
  return `"${v.region}" (${v.info.displayName}, ${j})`;
}

/** What the settings allow for a cloud, for messages: `jurisdictions EU; regions eu-west-1`. */
export function describeAllowed(cloud: LocationCloud, settings: ResidencySettings): string {
  const parts: string[] = [];
  const js = (settings.allowedJurisdictions ?? []).filter((j) => typeof j === "string");
  const rs = (settings.allowedRegions?.[cloud] ?? []).filter((r) => typeof r === "string");
  if (js.length) parts.push(`jurisdictions ${js.map(normalizeJurisdiction).join(", ")}`);
  if (rs.length) parts.push(`${cloud} regions ${rs.join(", ")}`);
  return parts.length ? parts.join("; ") : "nothing (not configured)";
}
