/**
 * Google Cloud regions, multi-regions and dual-regions, and where they are.
 *
 * Sources:
 * - regions and their cities from the Cloud locations page
 *   (https://cloud.google.com/about/locations) and "Regions and zones" of the Compute Engine
 *   documentation (https://cloud.google.com/compute/docs/regions-zones);
 * - multi-regions (`ASIA`, `EU`, `US`) and predefined dual-regions (`ASIA1`, `EUR4`, `NAM4`) from
 *   "Bucket locations" of the Cloud Storage documentation
 *   (https://cloud.google.com/storage/docs/locations). Cloud Storage describes a multi-region as
 *   "data centers within" an area without naming regions, so the catalog expands `EU` to every
 *   catalog region in an EU member state, `US` to every region in the United States and `ASIA` to
 *   every `asia-*` region: the widest reading, so a multi-region is allowed only when every place
 *   its data may be is allowed.
 *
 * Not listed: the predefined dual-regions EUR5, EUR7 and EUR8 (members not verified for this
 * catalog) and Firestore/Spanner multi-region configurations (`eur3`, `nam5`, ...). A location
 * missing from the catalog is allowed only when `allowedRegions.gcp` names it.
 */
import { RegionInfo, regionTable } from "./types";

/** Every Google Cloud region of the catalog, by name. */
export const GCP_REGIONS: ReadonlyMap<string, RegionInfo> = regionTable("gcp", [
  ["africa-south1", "Johannesburg", "ZA"],
  ["asia-east1", "Changhua County, Taiwan", "TW"],
  ["asia-east2", "Hong Kong", "HK"],
  ["asia-northeast1", "Tokyo", "JP"],
  ["asia-northeast2", "Osaka", "JP"],
  ["asia-northeast3", "Seoul", "KR"],
  ["asia-south1", "Mumbai", "IN"],
  ["asia-south2", "Delhi", "IN"],
  ["asia-southeast1", "Jurong West, Singapore", "SG"],
  ["asia-southeast2", "Jakarta", "ID"],
  ["australia-southeast1", "Sydney", "AU"],
  ["australia-southeast2", "Melbourne", "AU"],
  ["europe-central2", "Warsaw", "PL"],
  ["europe-north1", "Hamina, Finland", "FI"],
  ["europe-north2", "Stockholm", "SE"],
  ["europe-southwest1", "Madrid", "ES"],
  ["europe-west1", "St. Ghislain, Belgium", "BE"],
  ["europe-west2", "London", "GB"],
  ["europe-west3", "Frankfurt", "DE"],
  ["europe-west4", "Eemshaven, Netherlands", "NL"],
  ["europe-west6", "Zurich", "CH"],
  ["europe-west8", "Milan", "IT"],
  ["europe-west9", "Paris", "FR"],
  ["europe-west10", "Berlin", "DE"],
  ["europe-west12", "Turin", "IT"],
  ["me-central1", "Doha", "QA"],
  ["me-central2", "Dammam, Saudi Arabia", "SA"],
  ["me-west1", "Tel Aviv", "IL"],
  ["northamerica-northeast1", "Montréal", "CA"],
  ["northamerica-northeast2", "Toronto", "CA"],
  ["northamerica-south1", "Querétaro, Mexico", "MX"],
  ["southamerica-east1", "São Paulo", "BR"],
  ["southamerica-west1", "Santiago", "CL"],
  ["us-central1", "Council Bluffs, Iowa", "US"],
  ["us-east1", "Moncks Corner, South Carolina", "US"],
  ["us-east4", "Ashburn, Virginia", "US"],
  ["us-east5", "Columbus, Ohio", "US"],
  ["us-south1", "Dallas", "US"],
  ["us-west1", "The Dalles, Oregon", "US"],
  ["us-west2", "Los Angeles", "US"],
  ["us-west3", "Salt Lake City", "US"],
  ["us-west4", "Las Vegas", "US"],
]);

const regionsWhere = (f: (r: RegionInfo) => boolean) => [...GCP_REGIONS.values()].filter(f).map((r) => r.name);

/** Multi-regions (lower case) and the catalog regions their data may be in (see the file comment). */
export const GCP_MULTI_REGIONS: ReadonlyMap<string, readonly string[]> = new Map([
  ["eu", regionsWhere((r) => r.jurisdiction === "EU")],
  ["us", regionsWhere((r) => r.country === "US")],
  ["asia", regionsWhere((r) => r.name.startsWith("asia-"))],
]);

/** Predefined dual-regions (lower case) and their two regions. */
export const GCP_DUAL_REGIONS: ReadonlyMap<string, readonly string[]> = new Map([
  ["asia1", ["asia-northeast1", "asia-northeast2"]],
  ["eur4", ["europe-north1", "europe-west4"]],
  ["nam4", ["us-central1", "us-east1"]],
]);

/**
 * The region of a Compute Engine zone (`europe-west1-b` → `europe-west1`); a region is returned
 * as is. Lower-cases its input.
 */
export function gcpRegionOfZone(zoneOrRegion: string): string {
  const z = zoneOrRegion.trim().toLowerCase();
  const m = /^([a-z]+-[a-z]+\d+)-[a-z]$/.exec(z);
  return m ? m[1] : z;
}

/** Whether a GCP location is `global` (no region). */
export function isGcpGlobalLocation(location: string): boolean {
  return location.trim().toLowerCase() === "global";
}

/**
 * The regions a GCP location stands for, case-insensitive: a region or zone → its region; a
 * multi-region (`EU`) or predefined dual-region (`EUR4`) → its member regions. An unknown name is
 * returned as its own single member (lower case) so the caller can look it up and find nothing.
 */
export function gcpLocationMembers(location: string): { kind: "region" | "multi-region" | "dual-region"; regions: readonly string[] } {
  const l = location.trim().toLowerCase();
  const multi = GCP_MULTI_REGIONS.get(l);
  if (multi) return { kind: "multi-region", regions: multi };
  const dual = GCP_DUAL_REGIONS.get(l);
  if (dual) return { kind: "dual-region", regions: dual };
  return { kind: "region", regions: [gcpRegionOfZone(l)] };
}
