/**
 * Small declarative checks shared by many policies: "this boolean must be true/false", read
 * unknown-safe, with the provider's documented default for an omitted value.
 */
import { peek, requireKnown } from "@rampart/policy-core";

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
