/**
 * Fixture builders for policies on one setting of a resource: an optional setting whose service
 * default is fine (e.g. `allowBlobPublicAccess`, `adminUserEnabled`), a required one whose default
 * is not (e.g. `enableHttp2`), and the boolean-flag shorthands of both (`requiredTrueFixtures`,
 * `forbiddenTrueCases`: flag true / false, the flag's default off). One case list each, with the
 * policy's own case names and its resource's base props.
 */
import { unknown, type Fixture } from "@rampart/policy-testing";

/** The setting (a top-level property), the value the policy reports and a value it accepts, e.g. `["adminUserEnabled", true, false]` */
export type OptionalFlag = [name: string, bad: unknown, good: unknown];

/** Case names, in order: defaults (passes), good value (passes), bad value (violates), value unknown. */
export type OptionalFlagCaseNames = [defaults: string, good: string, bad: string, unknown: string];

/** The not-applicable case: its name and a resource of another type (in resource group "rg" where it has one). */
export type OtherResource = [name: string, type: string, props: Record<string, unknown>];

/**
 * The case list of a policy on an optional setting of `resource` (type and the props it needs
 * besides the setting): the resource with defaults and with the good value pass; the bad value
 * violates (message `<setting> is <bad>`); the value unknown during preview is unknown; `other`
 * is not applicable.
 */
export function optionalFlagFixtures(
  resource: { type: string; props: Record<string, unknown> },
  flag: OptionalFlag,
  names: OptionalFlagCaseNames,
  [otherName, otherType, otherProps]: OtherResource,
): Fixture[] {
  return [...optionalFlagCases(resource, flag, names), { name: otherName, expect: "not-applicable", resource: { type: otherType, props: otherProps } }];
}

/** The cases of `optionalFlagFixtures` without the not-applicable one. */
function optionalFlagCases(
  resource: { type: string; props: Record<string, unknown> },
  [flag, bad, good]: OptionalFlag,
  [defaults, goodName, badName, unknownName]: OptionalFlagCaseNames,
): Fixture[] {
  const { type, props } = resource;
  return [
    { name: defaults, expect: "pass", resource: { type, props } },
    { name: goodName, expect: "pass", resource: { type, props: { ...props, [flag]: good } } },
    { name: badName, expect: "violate", message: `${flag} is ${String(bad)}`, resource: { type, props: { ...props, [flag]: bad } } },
    { name: unknownName, expect: "unknown", resource: { type, props: { ...props, [flag]: unknown() } } },
  ];
}

/** The setting (a top-level property), the value the policy accepts and one it reports, e.g. `["enableHttp2", true, false]`. */
export type RequiredFlag = [name: string, good: unknown, bad: unknown];

/** The cases of a required setting besides the resource and the setting (see `requiredFlagFixtures`). */
export interface RequiredFlagCases {
  /** Case names, in order: good value (passes), defaults (violates), bad value (violates), value unknown. */
  names: [good: string, defaults: string, bad: string, unknown: string];
  /** Message substrings of the defaults and the bad-value case. */
  messages: [defaults: string, bad: string];
  other: OtherResource;
  /** Further props of the good case only (a setting the good configuration needs besides the flag). */
  goodProps?: Record<string, unknown>;
}

/**
 * The case list of a policy on a setting of `resource` whose service default is not acceptable:
 * the good value passes; the defaults and the bad value violate; the value unknown during preview
 * is unknown; `other` is not applicable.
 */
export function requiredFlagFixtures(resource: { type: string; props: Record<string, unknown> }, flag: RequiredFlag, c: RequiredFlagCases): Fixture[] {
  const [otherName, otherType, otherProps] = c.other;
  return [...requiredFlagCases(resource, flag, c), { name: otherName, expect: "not-applicable", resource: { type: otherType, props: otherProps } }];
}

/** The cases of `requiredFlagFixtures` without the not-applicable one. */
function requiredFlagCases(
  resource: { type: string; props: Record<string, unknown> },
  [flag, good, bad]: RequiredFlag,
  c: Pick<RequiredFlagCases, "names" | "messages" | "goodProps">,
): Fixture[] {
  const { type, props } = resource;
  const [goodName, defaults, badName, unknownName] = c.names;
  return [
    { name: goodName, expect: "pass", resource: { type, props: { ...props, ...c.goodProps, [flag]: good } } },
    { name: defaults, expect: "violate", message: c.messages[0], resource: { type, props } },
    { name: badName, expect: "violate", message: c.messages[1], resource: { type, props: { ...props, [flag]: bad } } },
    { name: unknownName, expect: "unknown", resource: { type, props: { ...props, [flag]: unknown() } } },
  ];
}

/** A boolean flag policy's resource and flag, and the names of the three cases every such list has. */
export interface FlagCases {
  /** The resource type token. */
  type: string;
  /** A minimal resource's inputs, without the flag. */
  base: Record<string, unknown>;
  /** The flag's property (`disableLocalAuth`, `enableNonSslPort`), false or off when omitted. */
  flag: string;
  /** Name of the case with the flag true. */
  on: string;
  /** Name of the case with the defaults (flag omitted). */
  defaults: string;
  /** Name of the case with the flag false. */
  off: string;
}

/** What a "flag must be true" policy's cases add: a prerequisite of the pass case and the not-applicable case. */
export interface RequiredTrueCases extends FlagCases {
  /** Other inputs the pass case sets before the flag (a prerequisite such as `redisConfiguration.aadEnabled`). */
  onProps?: Record<string, unknown>;
  /** The not-applicable case. */
  notApplicable: Fixture;
}

/** Name of the boolean flag policies' case with the flag unknown during preview. */
const FLAG_UNKNOWN = "flag unknown during preview";

/**
 * The five cases of a "flag must be true" policy (`checkValue` of ./checks with `isTrue` and an
 * `absent` message), in this order: flag true passes, flag omitted violates ("<flag> is not set"),
 * flag false violates ("<flag> is false"), flag unknown during preview is unknown, and the
 * not-applicable case.
 */
export function requiredTrueFixtures(c: RequiredTrueCases): Fixture[] {
  const cases = requiredFlagCases({ type: c.type, props: c.base }, [c.flag, true, false], {
    names: [c.on, c.defaults, c.off, FLAG_UNKNOWN],
    messages: [`${c.flag} is not set`, `${c.flag} is false`],
    goodProps: c.onProps,
  });
  return [...cases, c.notApplicable];
}

/**
 * The four cases of a "flag must not be true" policy (`checkValue` with `notTrue`: off unless set,
 * so the defaults pass), in this order: defaults and flag false pass, flag true violates ("<flag>
 * is true"), flag unknown during preview is unknown. The caller adds the not-applicable case (and
 * any cases of its own).
 */
export function forbiddenTrueCases(c: FlagCases): Fixture[] {
  return optionalFlagCases({ type: c.type, props: c.base }, [c.flag, true, false], [c.defaults, c.off, c.on, FLAG_UNKNOWN]);
}
