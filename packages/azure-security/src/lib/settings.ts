/**
 * One property, one verdict: the declarative shape most azure-security resource policies share
 * ("`allowBlobPublicAccess` must not be true; omitted means false").
 */
import { peek, requireKnown } from "@rampart/policy-core";

/** What a property check concluded: the value is fine, wrong, or omitted (and the default is wrong). */
export type SettingVerdict = "ok" | "bad" | "absent-bad";

/**
 * Judges the property at `path` of `props` with `ok`. An omitted property is judged by
 * `absentOk` (the provider's documented default). A value unknown during preview goes through
 * `requireKnown`, so the SDK reports its preview advisory and never a mandatory violation.
 */
export function checkSetting<T>(props: unknown, path: string, ok: (value: T) => boolean, absentOk: boolean): SettingVerdict {
  const v = peek<T>(props, path);
  if (v.state === "unknown") {
    requireKnown(props, path);
    return "ok"; // not reached: requireKnown throws the SDK's unknown-value error
  }
  if (v.state === "absent") return absentOk ? "ok" : "absent-bad";
  return ok(v.value) ? "ok" : "bad";
}

/** Case-insensitive equality of a property value and an enum value (the API accepts either case). */
export function sameText(value: unknown, expected: string): boolean {
  return typeof value === "string" && value.trim().toLowerCase() === expected.toLowerCase();
}

/** A value that is `true` as a boolean or as the string "true" (Pulumi config often gives strings). */
export function isTrue(value: unknown): boolean {
  return value === true || (typeof value === "string" && value.trim().toLowerCase() === "true");
}

/** A value that is `false` as a boolean or as the string "false". */
export function isFalse(value: unknown): boolean {
  return value === false || (typeof value === "string" && value.trim().toLowerCase() === "false");
}
