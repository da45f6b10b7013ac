/**
 * The standard fixture cases of a policy that wants one boolean property at a value and whose
 * provider default (when it is omitted) is the other value (`booleanPolicy` / `checkBoolean` of
 * ./checks: Private Google Access, intranode visibility, bucket versioning and uniform access,
 * Cloud NAT logging, auto mode networks): set to `want` passes, omitted and set to the other
 * value violate, an unknown value is the preview advisory. Each policy names the cases in its own
 * words and adds its own.
 */
import { unknown, type Fixture, type FixtureResource } from "@rampart/policy-testing";

/** One boolean flag's fixture resource, the compliant value, the case names and the message words. */
export interface BooleanFlagSpec {
  /** The fixture resource with the flag set to `value`, or without it when `value` is undefined. */
  readonly resource: (value?: unknown) => FixtureResource;
  /** The compliant value; the provider's default is the other one. */
  readonly want: boolean;
  /** How the messages name the property (its path, or the tail of it): `<label> is not set`, `<label> is <other value>`. */
  readonly label: string;
  /** Whether the omitted case's message includes `(the provider's default is <other value>)`. */
  readonly saysDefault?: boolean;
  /** Case names: set to `want` (pass), omitted, set to the other value (violate), unknown during preview. */
  readonly names: Record<"want" | "absent" | "other" | "unknown", string>;
}

/**
 * A `BooleanFlagSpec.resource` for a flag at `path` (one level of nesting at most, e.g.
 * `versioning.enabled`): a `type` resource with `props`, plus the flag (in its block, beside the
 * block's `siblings`) when a value is given; without a value, neither the flag nor its block.
 */
export function flagResource(type: string, props: Record<string, unknown>, path: string, siblings: Record<string, unknown> = {}) {
  const [head, leaf] = path.split(".");
  return (value?: unknown): FixtureResource =>
    value === undefined ? { type, props } : { type, props: { ...props, [head]: leaf === undefined ? value : { [leaf]: value, ...siblings } } };
}

/** The four standard cases of a boolean flag, by key (see `BooleanFlagSpec`). */
export function booleanFlagCases(spec: BooleanFlagSpec): Record<"want" | "absent" | "other" | "unknown", Fixture> {
  const { resource, want, label, names } = spec;
  const other = String(!want);
  return {
    want: { name: names.want, expect: "pass", resource: resource(want) },
    absent: {
      name: names.absent,
      expect: "violate",
      message: `${label} is not set${spec.saysDefault ? ` (the provider's default is ${other})` : ""}`,
      resource: resource(),
    },
    other: { name: names.other, expect: "violate", message: `${label} is ${other}`, resource: resource(!want) },
    unknown: { name: names.unknown, expect: "unknown", resource: resource(unknown()) },
  };
}

/** The four standard cases in this order (want, absent, other, unknown), then the policy's `more` cases. */
export function booleanFlagFixtures(spec: BooleanFlagSpec, more: Fixture[] = []): Fixture[] {
  const c = booleanFlagCases(spec);
  return [c.want, c.absent, c.other, c.unknown, ...more];
}
