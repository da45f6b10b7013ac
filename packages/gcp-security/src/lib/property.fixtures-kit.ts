/**
 * The standard fixture cases of a policy that wants one boolean property at a value and whose
 * provider default (when it is omitted) is the other value (`booleanPolicy` / `checkBoolean` of
 * ./checks: Private Google Access, intranode visibility, bucket versioning and uniform access,
 * Cloud NAT logging, auto mode networks): set to `want` passes, omitted and set to the other
 * value violate, an unknown value is the preview advisory; and those of a policy that wants one
 * property set (`requiredPropertyPolicy`: customer-managed keys). Each policy names the cases in
 * its own words and adds its own.
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
 * A `BooleanFlagSpec.resource` (or `RequiredPropertySpec.resource`) for a property at `path`
 * (e.g. `versioning.enabled`, `clusterConfig.encryptionConfig.kmsKeyName`): a `type` resource with
 * `props`, plus the property (in its blocks, beside the innermost block's `siblings`) when a value
 * is given; without a value, neither the property nor its blocks.
 */
export function flagResource(type: string, props: Record<string, unknown>, path: string, siblings: Record<string, unknown> = {}) {
  const parts = path.split(".");
  const leaf = parts[parts.length - 1];
  const nest = (value: unknown): Record<string, unknown> =>
    parts
      .slice(0, -1)
      .reduceRight<Record<string, unknown>>((inner, key) => ({ [key]: inner }), parts.length === 1 ? { [leaf]: value } : { [leaf]: value, ...siblings });
  return (value?: unknown): FixtureResource => (value === undefined ? { type, props } : { type, props: { ...props, ...nest(value) } });
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

/** One "this property must be set" policy's fixture resource, a compliant value and the case names (`requiredPropertyCases`). */
export interface RequiredPropertySpec {
  /** The fixture resource with the property set to `value`, or without it (and its blocks) when `value` is undefined. */
  readonly resource: (value?: unknown) => FixtureResource;
  /** Property path, as the message names it: `<path> is not set`. */
  readonly path: string;
  /** A compliant value (a Cloud KMS key name, an SSL policy). */
  readonly value: string;
  /** Case names: set (pass), unknown during preview (counts as set: pass), omitted (violate). */
  readonly names: Record<"set" | "unknown" | "absent", string>;
}

/**
 * The three standard cases of a policy that wants one property set (`requiredPropertyPolicy` of
 * ./checks), by key: set passes, unknown during preview counts as set and passes, omitted violates
 * with `<path> is not set`.
 */
export function requiredPropertyCases(spec: RequiredPropertySpec): Record<"set" | "unknown" | "absent", Fixture> {
  const { resource, path, value, names } = spec;
  return {
    set: { name: names.set, expect: "pass", resource: resource(value) },
    unknown: { name: names.unknown, expect: "pass", resource: resource(unknown()) },
    absent: { name: names.absent, expect: "violate", message: `${path} is not set`, resource: resource() },
  };
}
