/**
 * Fixture builders for the policies that judge a few properties of one resource type (many of them
 * built with `requireTrue` / `forbidValue` of ./flags): the cases differ only in the value of that
 * property (on, off, omitted, unknown during preview) or in a few props over a common base, so
 * each is written as one tuple.
 */
import { type Expectation, type Fixture, fixtures } from "@rampart/policy-testing";

/** The value of a case whose property is omitted. */
export const OMITTED: unique symbol = Symbol("omitted");

/** One case: its name, the expected outcome, the property's value (or `OMITTED`), and for `violate` the message substring. */
export type PropertyCase = readonly [name: string, expect: Expectation, value: unknown, message?: string];

/** One case: its name, the expected outcome, the props it sets over the base props, and for `violate` the message substring. */
export type PatchCase = readonly [name: string, expect: Expectation, props: Record<string, unknown>, message?: string];

/** `base` with `value` at the dotted `path` (nested objects are created or extended), or `base` itself for `OMITTED`. */
function withValue(base: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  if (value === OMITTED) return { ...base };
  const [head, ...rest] = path.split(".");
  if (!rest.length) return { ...base, [head]: value };
  const inner = base[head];
  return { ...base, [head]: withValue(inner !== null && typeof inner === "object" ? (inner as Record<string, unknown>) : {}, rest.join("."), value) };
}

/**
 * Fixtures on resources of one `type`: each `PatchCase` becomes a case whose props are `base`
 * with the case's props over it (a shallow merge); a full `Fixture` in the list (another type)
 * is kept as it is, in its place.
 */
export function caseFixtures(type: string, base: Record<string, unknown>, cases: readonly (PatchCase | Fixture)[]): Fixture[] {
  return fixtures(
    cases.map((c) => {
      if (!Array.isArray(c)) return c as Fixture;
      const [name, expect, props, message] = c as PatchCase;
      const resource = { type, props: { ...base, ...props } };
      return message === undefined ? { name, expect, resource } : { name, expect, message, resource };
    }),
  );
}

/**
 * The fixtures of a single-property policy: each `PropertyCase` becomes a case on a resource of
 * `type` whose props are `base` with the case's value at `path`; a full `Fixture` in the list
 * (another type, other props) is kept as it is, in its place.
 */
export function propertyFixtures(type: string, base: Record<string, unknown>, path: string, cases: readonly (PropertyCase | Fixture)[]): Fixture[] {
  return caseFixtures(
    type,
    {},
    cases.map((c): PatchCase | Fixture => {
      if (!Array.isArray(c)) return c as Fixture;
      const [name, expect, value, message] = c as PropertyCase;
      return [name, expect, withValue(base, path, value), message];
    }),
  );
}
