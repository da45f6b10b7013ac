/**
 * One property, one verdict: the `validateResource` of the many aws-security policies that judge a
 * single setting ("`deletionProtection` must be true", "`publiclyAccessible` must not be true").
 * Each builder reads the property unknown-safe: a value unknown during preview goes through
 * `requireKnown`, which throws the SDK's unknown-value error (the "can't run policy ... during
 * preview" advisory), so no verdict is given on it.
 */
import { peek, requireKnown, type Report, type ResourceContext } from "@rampart/policy-core";

/** A `validateResource` that only reads the resource's properties. */
export type PropsCheck = (resource: Pick<ResourceContext<unknown>, "props">, report: Report) => void;

/** What `requireTrue` checks. */
export interface TrueCheck {
  /** Property path, e.g. `deletionProtection` or `pointInTimeRecovery.enabled`. */
  readonly path: string;
  /** Reported when the property is known and not `true`, and when it is omitted unless `whenAbsent` is given. */
  readonly message: string;
  /** Reported instead of `message` when the property (or its parent block) is omitted. */
  readonly whenAbsent?: string;
}

/**
 * A check that the property at `path` is `true`: an omitted property is reported (the provider's
 * default is off) with `whenAbsent` (or `message`), any known value other than `true` with
 * `message`.
 */
export function requireTrue(c: TrueCheck): PropsCheck {
  return ({ props }, report) => {
    const v = peek<unknown>(props, c.path);
    if (v.state === "unknown") {
      requireKnown(props, c.path);
      return;
    }
    if (v.state === "absent") report(c.whenAbsent ?? c.message);
    else if (v.value !== true) report(c.message);
  };
}

/** What `forbidValue` checks. */
export interface ForbiddenValueCheck {
  /** Property path, e.g. `publiclyAccessible`. */
  readonly path: string;
  /** The value that is reported (compared with `===`); an omitted property is not reported (the provider's default is fine). */
  readonly value: unknown;
  /** The violation message. */
  readonly message: string;
}

/** A check that the property at `path` is not set to `value` (omitted is fine). */
export function forbidValue(c: ForbiddenValueCheck): PropsCheck {
  return ({ props }, report) => {
    const v = peek<unknown>(props, c.path);
    if (v.state === "unknown") {
      requireKnown(props, c.path);
      return;
    }
    if (v.state === "known" && v.value === c.value) report(c.message);
  };
}
