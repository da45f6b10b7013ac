/**
 * Fixture builders for policies on one optional setting of a resource whose service default is
 * fine (e.g. `allowBlobPublicAccess`, `adminUserEnabled`): the shared case list, with the policy's
 * own case names and its resource's base props.
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
  [flag, bad, good]: OptionalFlag,
  [defaults, goodName, badName, unknownName]: OptionalFlagCaseNames,
  [otherName, otherType, otherProps]: OtherResource,
): Fixture[] {
  const { type, props } = resource;
  return [
    { name: defaults, expect: "pass", resource: { type, props } },
    { name: goodName, expect: "pass", resource: { type, props: { ...props, [flag]: good } } },
    { name: badName, expect: "violate", message: `${flag} is ${String(bad)}`, resource: { type, props: { ...props, [flag]: bad } } },
    { name: unknownName, expect: "unknown", resource: { type, props: { ...props, [flag]: unknown() } } },
    { name: otherName, expect: "not-applicable", resource: { type: otherType, props: otherProps } },
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
export function requiredFlagFixtures(
  resource: { type: string; props: Record<string, unknown> },
  [flag, good, bad]: RequiredFlag,
  c: RequiredFlagCases,
): Fixture[] {
  const { type, props } = resource;
  const [goodName, defaults, badName, unknownName] = c.names;
  const [otherName, otherType, otherProps] = c.other;
  return [
    { name: goodName, expect: "pass", resource: { type, props: { ...props, ...c.goodProps, [flag]: good } } },
    { name: defaults, expect: "violate", message: c.messages[0], resource: { type, props } },
    { name: badName, expect: "violate", message: c.messages[1], resource: { type, props: { ...props, [flag]: bad } } },
    { name: unknownName, expect: "unknown", resource: { type, props: { ...props, [flag]: unknown() } } },
    { name: otherName, expect: "not-applicable", resource: { type: otherType, props: otherProps } },
  ];
}
