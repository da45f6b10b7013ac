/**
 * Fixture builder for the stack policies of ./companions ("every target needs its companion"):
 * each case is a small stack of targets and companions, written as one tuple, and each resource
 * as one call of a resource maker for its type.
 */
import { type Expectation, type Fixture, type FixtureResource, fixtures } from "@rampart/policy-testing";

/** One stack case: its name, the expected outcome, its resources, and for `violate` the message substring and the name of the resource it is reported at. */
export type StackCase = readonly [name: string, expect: Expectation, resources: FixtureResource[], message?: string, target?: string];

/**
 * Makes resources of `type`: `(name, props, propertyDependencies?)` (propertyDependencies:
 * property → names of the stack resources its value comes from, e.g. a link unknown during preview).
 */
export function resourceOf(type: string): (name: string, props: Record<string, unknown>, propertyDependencies?: Record<string, string[]>) => FixtureResource {
  return (name, props, propertyDependencies) => (propertyDependencies ? { type, name, props, propertyDependencies } : { type, name, props });
}

/** The fixtures of a stack policy: each `StackCase` becomes a case with `resources`; a full `Fixture` in the list is kept as it is, in its place. */
export function stackFixtures(cases: readonly (StackCase | Fixture)[]): Fixture[] {
  return fixtures(
    cases.map((c) => {
      if (!Array.isArray(c)) return c as Fixture;
      const [name, expect, resources, message, target] = c as StackCase;
      return { name, expect, ...(target === undefined ? {} : { target }), ...(message === undefined ? {} : { message }), resources };
    }),
  );
}
