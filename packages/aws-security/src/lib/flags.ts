/**
 * One property, one verdict: the `validateResource` of the many aws-security policies that judge a
 * single setting ("`deletionProtection` must be true", "`publiclyAccessible` must not be true").
 * Each builder reads the property unknown-safe: a value unknown during preview goes through
 * `requireKnown`, which throws the SDK's unknown-value error (the "can't run policy ... during
 * preview" advisory), so no verdict is given on it.
 */
import { peek, requireKnown, type Peeked, type Report, type ResourceContext } from "@rampart/policy-core";

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
  return checkValue(c.path, (v) => (v.state === "absent" ? (c.whenAbsent ?? c.message) : v.value !== true ? c.message : undefined));
}

/** Whether a resource is exempt from a check: yes, no, or not known yet during preview. */
export type Exemption = "yes" | "no" | "unknown";

/** What `requireTrueUnless` checks. */
export interface ExemptibleTrueCheck {
  /** Property path, e.g. `deletionProtection`. */
  readonly path: string;
  /** Reported when the property is not `true` and the resource is not exempt. */
  readonly message: string;
  /** Whether the resource is exempt (e.g. an Aurora member instance, whose cluster holds the setting). */
  readonly exempt: (props: Record<string, any>) => Exemption;
  /** The property that decides the exemption, asked for with `requireKnown` when `exempt` says "unknown". */
  readonly exemptPath: string;
}

/**
 * A check that the property at `path` is `true` unless the resource is exempt: a `true` value or
 * an exempt resource passes; otherwise an unknown value, then an unknown exemption, goes through
 * `requireKnown`, and anything else is reported with `message`.
 */
export function requireTrueUnless(c: ExemptibleTrueCheck): PropsCheck {
  return ({ props }, report) => {
    const v = peek<unknown>(props, c.path);
    if (v.state === "known" && v.value === true) return;
    const exempt = c.exempt(props);
    if (exempt === "yes") return;
    if (v.state === "unknown") requireKnown(props, c.path);
    if (exempt === "unknown") requireKnown(props, c.exemptPath);
    report(c.message);
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
  return checkValue(c.path, (v) => (v.state === "known" && v.value === c.value ? c.message : undefined));
}

/** The value `checkValue` hands its verdict: known, or absent (an unknown one never gets that far). */
type KnownOrAbsent = Exclude<Peeked<unknown>, { state: "unknown" }>;

/**
 * A check of the single property at `path` with a verdict of its own (the one `requireTrue` and
 * `forbidValue` are made of): a value unknown during preview goes through `requireKnown` (no
 * verdict); otherwise `verdict` of the known or absent value is reported when it is a message.
 */
export function checkValue(path: string, verdict: (v: KnownOrAbsent) => string | undefined): PropsCheck {
  return ({ props }, report) => {
    const v = peek<unknown>(props, path);
    if (v.state === "unknown") {
      requireKnown(props, path);
      return;
    }
    const message = verdict(v);
    if (message !== undefined) report(message);
  };
}
