/**
 * The standard fixture cases of the boolean flag resource policies (`checkValue` of ./checks on
 * one flag): "must be true" (`isTrue` with an `absent` message: off unless set) and "must not be
 * true" (`notTrue`, no `absent` message: off unless set, so the defaults pass).
 */
import { fixtures, unknown, type Fixture, type FixtureResource } from "@rampart/policy-testing";

/** The resource and flag of a flag policy's cases, and the names of the three cases every such list has. */
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
export interface RequiredFlagCases extends FlagCases {
  /** Other inputs the pass case sets before the flag (a prerequisite such as `redisConfiguration.aadEnabled`). */
  onProps?: Record<string, unknown>;
  /** The not-applicable case. */
  notApplicable: Fixture;
}

/** The resource of `c` with the flag set to `value` (and `extra` inputs before it). */
function withFlag(c: FlagCases, value: unknown, extra?: Record<string, unknown>): FixtureResource {
  return { type: c.type, props: { ...c.base, ...extra, [c.flag]: value } };
}

/** The case with the flag unknown during preview. */
const flagUnknown = (c: FlagCases): Fixture => ({ name: "flag unknown during preview", expect: "unknown", resource: withFlag(c, unknown()) });

/**
 * The five cases of a "flag must be true" policy, in this order: flag true passes, flag omitted
 * violates ("<flag> is not set"), flag false violates ("<flag> is false"), flag unknown during
 * preview is unknown, and the not-applicable case.
 */
export function requiredFlagFixtures(c: RequiredFlagCases): Fixture[] {
  return fixtures([
    { name: c.on, expect: "pass", resource: withFlag(c, true, c.onProps) },
    { name: c.defaults, expect: "violate", message: `${c.flag} is not set`, resource: { type: c.type, props: c.base } },
    { name: c.off, expect: "violate", message: `${c.flag} is false`, resource: withFlag(c, false) },
    flagUnknown(c),
    c.notApplicable,
  ]);
}

/**
 * The four cases of a "flag must not be true" policy, in this order: defaults and flag false
 * pass, flag true violates ("<flag> is true"), flag unknown during preview is unknown. The caller
 * adds the not-applicable case (and any cases of its own).
 */
export function forbiddenFlagCases(c: FlagCases): Fixture[] {
  return fixtures([
    { name: c.defaults, expect: "pass", resource: { type: c.type, props: c.base } },
    { name: c.off, expect: "pass", resource: withFlag(c, false) },
    { name: c.on, expect: "violate", message: `${c.flag} is true`, resource: withFlag(c, true) },
    flagUnknown(c),
  ]);
}
