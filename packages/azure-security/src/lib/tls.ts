/**
 * The one parser of TLS version values as the Azure APIs spell them ("1.2", "TLS1_2", "Tls12",
 * "TLSv1_2", "TLSv1.2", "TLS 1.2") and the two "TLS 1.2 or newer" predicates built on it, which
 * differ only in what they make of a value that is not a version they recognise.
 */

/** A parsed TLS version: "TLS1_2" is `{ major: 1, minor: 2 }`. */
export interface TlsVersion {
  /** Major version number (1 for every TLS version in use). */
  major: number;
  /** Minor version number (0 when a lenient spelling leaves it out, as in "TLSv1"). */
  minor: number;
}

/** Optional "TLS", whitespace, optional "v", whitespace, major digit, optional "." or "_", optional minor digit. */
const VERSION = /^(tls)?(\s*)(v?)\s*(\d)[._]?(\d)?$/i;

/**
 * Parses a TLS version string; undefined when `value` is not a string or not a version spelling.
 * - `strict`: only TLS 1.0 to 1.3 with an explicit minor ("TLS 1.2", "TLSv1.3", "Tls12", "1.0";
 *   "TLS v1.2" too). Anything else ("None", "TLSv1", "1.4", "2") is undefined.
 * - lenient (`strict` false): any single-digit major with an optional minor ("TLSv1" is 1.0,
 *   "2.0" is 2.0), "Tls" alone is 1.0 (Cosmos DB's name for TLS 1.0), but no whitespace between
 *   "TLS" and "v" ("TLS v1.2" is undefined).
 */
export function parseTlsVersion(value: unknown, strict: boolean): TlsVersion | undefined {
  if (typeof value !== "string") return undefined;
  const text = value.trim();
  if (!strict && /^tls$/i.test(text)) return { major: 1, minor: 0 };
  const m = VERSION.exec(text);
  if (!m) return undefined;
  const major = Number(m[4]);
  const minor = m[5] === undefined ? undefined : Number(m[5]);
  if (strict) return major === 1 && minor !== undefined && minor <= 3 ? { major, minor } : undefined;
  if (m[1] && m[2] && m[3]) return undefined;
  return { major, minor: minor ?? 0 };
}

/** Whether a parsed version is TLS 1.2 or newer. */
function atLeast12(v: TlsVersion): boolean {
  return v.major > 1 || (v.major === 1 && v.minor >= 2);
}

/**
 * `ok` for a TLS version of at least 1.2 in a lenient spelling (see `parseTlsVersion`). A value
 * that is not a recognised version (or not a string) is accepted: the API rejects it, so no
 * false violation. Used for the App Service, Redis, Cosmos DB, messaging and Application Gateway
 * TLS settings.
 */
export function tls12OrNewer(value: unknown): boolean {
  const v = parseTlsVersion(value, false);
  return v === undefined || atLeast12(v);
}

/**
 * `ok` for TLS 1.2 or 1.3 in a strict spelling (see `parseTlsVersion`). Anything else, including
 * "None" (any version), an unrecognised text or a non-string, is not acceptable. Used for the
 * Storage, SQL, MySQL and PostgreSQL TLS settings.
 */
export function strictTls12OrNewer(value: unknown): boolean {
  const v = parseTlsVersion(value, true);
  return v !== undefined && atLeast12(v);
}
