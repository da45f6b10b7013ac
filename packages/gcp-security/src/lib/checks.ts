/**
 * Small declarative checks shared by many policies: "this boolean must be true/false" and "this
 * property must not be omitted or set to these values", read
 * unknown-safe, with the provider's documented default for an omitted value.
 */
import { peek, requireKnown, type FactoryPolicyMetadata, type Peeked } from "@rampart/policy-core";
import { gcpPolicy } from "../policy";

/** What `checkBoolean` checks. */
export interface BooleanCheck {
  /** Property path (`shieldedInstanceConfig.enableSecureBoot`). */
  readonly path: string;
  /** The value that is compliant. */
  readonly want: boolean;
  /** The provider's documented default when the property (or its parent block) is omitted. */
  readonly defaultValue: boolean;
  /** Why the other value is a problem, appended after "`path` is X, so …" (no trailing period). */
  readonly risk: string;
  /** What to do, one sentence. */
  readonly fix: string;
}

/**
 * Checks one boolean property and reports when it is not `want`: explicitly set, or omitted with
 * a default that is not `want` (the message then says it is the provider's default). An unknown
 * value during preview asks for the SDK's advisory (`requireKnown`) instead of a verdict.
 *
 * @returns true when a violation was reported.
 */
export function checkBoolean(props: unknown, c: BooleanCheck, report: (message: string) => void): boolean {
  const v = peek<unknown>(props, c.path);
  if (v.state === "unknown") {
    requireKnown(props, c.path);
    return false;
  }
  const value = v.state === "known" ? v.value === true || v.value === "true" : c.defaultValue;
  if (value === c.want) return false;
  const how = v.state === "known" ? `is ${String(value)}` : `is not set (the provider's default is ${String(c.defaultValue)})`;
  report(`${c.path} ${how}, so ${c.risk}. ${c.fix}`);
  return true;
}

/** What `checkValue` checks: one property that is a problem when omitted (optionally) or set to some values. */
export interface ValueCheck {
  /** Property path (`serviceConfig.ingressSettings`); an unknown value asks for the advisory on it. */
  readonly path: string;
  /** The message when the property is omitted and the provider's default is the problem; without it, omitted is fine. */
  readonly ifAbsent?: string;
  /** Whether a set value is a problem (`ALLOW_ALL`). */
  readonly isBad: (value: unknown) => boolean;
  /** The message for a set value that is a problem. */
  readonly ifBad: (value: unknown) => string;
}

/**
 * Checks one property: unknown during preview asks for the SDK's advisory (`requireKnown` on
 * `c.path`); omitted reports `c.ifAbsent` when given; set to a value `c.isBad` accepts reports
 * `c.ifBad(value)`. `value` is the property as already read (a key of a map, e.g. an annotation),
 * by default `peek(props, c.path)`.
 */
export function checkValue(props: unknown, c: ValueCheck, report: (message: string) => void, value: Peeked<unknown> = peek(props, c.path)): void {
  if (value.state === "unknown") return requireKnown(props, c.path);
  if (value.state === "absent") {
    if (c.ifAbsent !== undefined) report(c.ifAbsent);
    return;
  }
  if (c.isBad(value.value)) report(c.ifBad(value.value));
}

/**
 * A policy that is one `checkBoolean` on its resources: the metadata (with `resourceTypes`) and
 * the check's `path`, `want`, `defaultValue`, `risk` and `fix`; `risk` may depend on the
 * resource's type token (e.g. "this instance template …").
 */
export function booleanPolicy<const N extends string>({
  path,
  want,
  defaultValue,
  risk,
  fix,
  ...meta
}: FactoryPolicyMetadata<N> & Omit<BooleanCheck, "risk"> & { readonly risk: string | ((type: string) => string) }) {
  return gcpPolicy({
    ...meta,
    validateResource: ({ type, props }, report) => {
      checkBoolean(props, { path, want, defaultValue, risk: typeof risk === "string" ? risk : risk(type), fix }, report);
    },
  });
}
