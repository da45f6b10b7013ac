/**
 * Small declarative checks shared by many policies: "this boolean must be true/false" (Compute,
 * GKE, Cloud NAT, Cloud SQL `settings.*`, Cloud DNS `enableLogging`, Cloud Storage) and "this
 * property must not be omitted or set to these values", read
 * unknown-safe, with the provider's documented default for an omitted value.
 */
import { isSet, peek, requireKnown, type FactoryPolicyMetadata, type Peeked } from "@rampart/policy-core";
import { gcpPolicy } from "../policy";

/** What `checkBoolean` checks. */
export interface BooleanCheck {
  /** Property path (`shieldedInstanceConfig.enableSecureBoot`). */
  readonly path: string;
  /** The value that is compliant. */
  readonly want: boolean;
  /** The provider's documented default when the property (or its parent block) is omitted. */
  readonly defaultValue: boolean;
  /**
   * How an omitted value is phrased, in the parentheses after "is not set" (`off by default`);
   * without it, `the provider's default is <defaultValue>`.
   */
  readonly unset?: string;
  /**
   * Count only the literal `want` as compliant (any other set value is reported as the other
   * boolean); without it, `true` and the string `"true"` read as true and every other set value as false.
   */
  readonly literal?: boolean;
  /** Why the other value is a problem, appended after "`path` is X, so …" (no trailing period). */
  readonly risk: string;
  /** What to do, one sentence. */
  readonly fix: string;
}

/**
 * The state of one boolean property against `c`: `ok` (it is `want`, set or by the provider's
 * default), `unknown` (during preview; the SDK's advisory has been asked for with `requireKnown`),
 * or `bad` with the message: "`path` is X, so `risk`. `fix`", where X is the value read or
 * "not set (…)" for an omitted value whose default is not `want`.
 */
export function booleanVerdict(props: unknown, c: BooleanCheck): { state: "ok" | "unknown" } | { state: "bad"; message: string } {
  const v = peek<unknown>(props, c.path);
  if (v.state === "unknown") {
    requireKnown(props, c.path);
    return { state: "unknown" };
  }
  const known = (value: unknown) => (c.literal ? (value === c.want ? c.want : !c.want) : value === true || value === "true");
  const value = v.state === "known" ? known(v.value) : c.defaultValue;
  if (value === c.want) return { state: "ok" };
  const how = v.state === "known" ? `is ${String(value)}` : `is not set (${c.unset ?? `the provider's default is ${String(c.defaultValue)}`})`;
  return { state: "bad", message: `${c.path} ${how}, so ${c.risk}. ${c.fix}` };
}

/**
 * Checks one boolean property and reports when it is not `want` (see `booleanVerdict`): explicitly
 * set, or omitted with a default that is not `want`. An unknown value during preview asks for the
 * SDK's advisory (`requireKnown`) instead of a verdict.
 *
 * @returns true when a violation was reported.
 */
export function checkBoolean(props: unknown, c: BooleanCheck, report: (message: string) => void): boolean {
  const s = booleanVerdict(props, c);
  if (s.state !== "bad") return false;
  report(s.message);
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
 * the check's `path`, `want`, `defaultValue`, `unset`, `literal`, `risk` and `fix`; `risk` may
 * depend on the resource's type token (e.g. "this instance template …").
 */
export function booleanPolicy<const N extends string>({
  path,
  want,
  defaultValue,
  unset,
  literal,
  risk,
  fix,
  ...meta
}: FactoryPolicyMetadata<N> & Omit<BooleanCheck, "risk"> & { readonly risk: string | ((type: string) => string) }) {
  return gcpPolicy({
    ...meta,
    validateResource: ({ type, props }, report) => {
      checkBoolean(props, { path, want, defaultValue, unset, literal, risk: typeof risk === "string" ? risk : risk(type), fix }, report);
    },
  });
}

/**
 * A policy that wants one property set (present and not null; unknown during preview counts as
 * set, see `isSet`): a customer-managed key (`kmsKeyName`, `encryption.defaultKmsKeyName`), an SSL
 * policy. The metadata (with `resourceTypes`), the `path`, and `ifAbsent`, the message when it is
 * not set. With `unknownBlock`, a parent block (`encryption`) that is unknown during preview asks
 * for the SDK's advisory on it (`requireKnown`) instead of a verdict.
 */
export function requiredPropertyPolicy<const N extends string>({
  path,
  unknownBlock,
  ifAbsent,
  ...meta
}: FactoryPolicyMetadata<N> & { readonly path: string; readonly unknownBlock?: string; readonly ifAbsent: string }) {
  return gcpPolicy({
    ...meta,
    validateResource: ({ props }, report) => {
      if (unknownBlock !== undefined && peek<unknown>(props, unknownBlock).state === "unknown") return requireKnown(props, unknownBlock);
      if (!isSet(props, path)) report(ifAbsent);
    },
  });
}
