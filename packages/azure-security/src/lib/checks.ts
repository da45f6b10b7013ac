/**
 * The declarative "one property must (not) have this value" check shared by most resource
 * policies of the azure-security pack, so each policy states only its path, what is acceptable,
 * what the provider's default means, and what to do.
 */
import { isSet, msg, peek, requireKnown, show } from "@rampart/policy-core";

/** One property check: a known value is judged by `ok`; an omitted one by `absent`. */
export interface ValueCheck {
  /** Dot path of the property under the resource's inputs, e.g. `siteConfig.ftpsState`. */
  path: string;
  /** True when a known value is acceptable. */
  ok: (value: unknown) => boolean;
  /** What the bad value means and what to do; the message starts with "<path> is <value>". */
  bad: string;
  /**
   * Message when the property is omitted and the provider's default is not acceptable (say which
   * default applies and what to set). Leave it out when the default is acceptable.
   */
  absent?: string;
}

/**
 * Runs one `ValueCheck` on `props`: reports a known unacceptable value (shown, so use it only
 * for enum-like values: booleans, versions, enum strings) and, when `absent` is given, an
 * omitted property. A value unknown during preview is handed to `requireKnown` (the SDK's
 * advisory, never a mandatory violation).
 * @returns "ok", "bad" or "unknown", for policies that combine checks.
 */
export function checkValue(props: unknown, report: (message: string) => void, c: ValueCheck): "ok" | "bad" | "unknown" {
  const v = peek<unknown>(props, c.path);
  if (v.state === "unknown") {
    requireKnown(props, c.path);
    return "unknown";
  }
  if (v.state === "absent") {
    if (c.absent === undefined) return "ok";
    report(msg`${c.path} is not set: ${c.absent}`);
    return "bad";
  }
  if (c.ok(v.value)) return "ok";
  report(msg`${c.path} is ${show(v.value)}: ${c.bad}`);
  return "bad";
}

/** `ok` for a boolean that must be `true` (anything else, including a string, is not). */
export const isTrue = (v: unknown): boolean => v === true;
/** `ok` for a boolean that must not be `true`. */
export const notTrue = (v: unknown): boolean => v !== true;
/** `ok` for a boolean that must not be `false` (a setting whose default is on). */
export const notFalse = (v: unknown): boolean => v !== false;

/** `ok` for an enum-like string that must be one of `allowed` (compared case-insensitively). */
export function oneOf(...allowed: string[]): (v: unknown) => boolean {
  const set = new Set(allowed.map((a) => a.toLowerCase()));
  return (v) => typeof v === "string" && set.has(v.toLowerCase());
}

/** `ok` for an enum-like string that must not be one of `denied` (compared case-insensitively). */
export function noneOf(...denied: string[]): (v: unknown) => boolean {
  const set = new Set(denied.map((a) => a.toLowerCase()));
  return (v) => !(typeof v === "string" && set.has(v.toLowerCase()));
}

/**
 * Reports `message` (prefixed with "<path> is not set: ") when `path` is absent. A value unknown
 * during preview counts as set (it will have a value once known).
 * @returns whether the property is set.
 */
export function checkSet(props: unknown, report: (message: string) => void, path: string, message: string): boolean {
  if (isSet(props, path)) return true;
  report(msg`${path} is not set: ${message}`);
  return false;
}
