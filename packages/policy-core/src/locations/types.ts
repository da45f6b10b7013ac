/**
 * Shared vocabulary of the location catalog: countries (ISO 3166-1 alpha-2), jurisdictions and
 * the entry a cloud region maps to.
 */

/** The clouds the location catalog covers. */
export type LocationCloud = "aws" | "azure" | "gcp";

/**
 * EU member states (ISO 3166-1 alpha-2), as listed by the European Union
 * (https://european-union.europa.eu/principles-countries-history/eu-countries_en): 27 states.
 * EEA members outside the EU (Norway, Iceland, Liechtenstein), Switzerland and the United Kingdom
 * are their own jurisdictions.
 */
export const EU_MEMBER_STATES: readonly string[] = [
  "AT",
  "BE",
  "BG",
  "HR",
  "CY",
  "CZ",
  "DK",
  "EE",
  "FI",
  "FR",
  "DE",
  "GR",
  "HU",
  "IE",
  "IT",
  "LV",
  "LT",
  "LU",
  "MT",
  "NL",
  "PL",
  "PT",
  "RO",
  "SK",
  "SI",
  "ES",
  "SE",
];

/**
 * A jurisdiction: `EU` for EU member states, `UK` for the United Kingdom, otherwise the country's
 * ISO 3166-1 alpha-2 code (`US`, `CH`, `NO`, `CA`, `AU`, `JP`, `IN`, `BR`, ...).
 */
export type Jurisdiction = string;

/**
 * The jurisdiction of a country: `EU` for an EU member state, `UK` for `GB`, else the code itself.
 * @param country ISO 3166-1 alpha-2 code, any case.
 */
export function jurisdictionOfCountry(country: string): Jurisdiction {
  const c = country.toUpperCase();
  if (EU_MEMBER_STATES.includes(c)) return "EU";
  if (c === "GB") return "UK";
  return c;
}

/**
 * Normalizes a jurisdiction as a user writes it: upper case, and `GB` as `UK`.
 * `eu` → `EU`, `gb` → `UK`.
 */
export function normalizeJurisdiction(j: string): Jurisdiction {
  const u = j.trim().toUpperCase();
  return u === "GB" ? "UK" : u;
}

/** One physical region of a cloud. */
export interface RegionInfo {
  cloud: LocationCloud;
  /** The region's API name, lower case (`eu-west-1`, `westeurope`, `europe-west1`). */
  name: string;
  /** Human name as the cloud's documentation prints it. */
  displayName: string;
  /** ISO 3166-1 alpha-2 country code (`GB` for the United Kingdom). */
  country: string;
  /** `EU`, `UK`, or the country code. */
  jurisdiction: Jurisdiction;
}

/** Builds the region table from `[name, displayName, country]` rows. */
export function regionTable(cloud: LocationCloud, rows: readonly (readonly [string, string, string])[]): ReadonlyMap<string, RegionInfo> {
  const out = new Map<string, RegionInfo>();
  for (const [name, displayName, country] of rows) {
    out.set(name, Object.freeze({ cloud, name, displayName, country, jurisdiction: jurisdictionOfCountry(country) }));
  }
  return out;
}
