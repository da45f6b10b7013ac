/**
 * Fixture builders for the environment-aware policies (a stricter limit on non-production
 * stacks, see ./env.ts). Not a policy's fixtures: the policies' `*.fixtures.ts` spread these in.
 */
import type { Fixture, FixtureResource } from "@rampart/policy-testing";

/**
 * Config that makes the fixtures' stack a production stack: the fixture runner's stack is named
 * `dev`, so `productionStackPattern: "^dev$"` matches it (`ENVIRONMENT_CONFIG` in @rampart/policy-core).
 */
export const PRODUCTION_STACK = { productionStackPattern: "^dev$" };

/**
 * The two cases of a limit that only production may exceed: `resource` passes as
 * "<label> in production" (with `PRODUCTION_STACK`) and violates as "<label> outside production"
 * with a message containing `message`.
 */
export function inAndOutsideProduction(label: string, resource: FixtureResource, message: string | RegExp): Fixture[] {
  return [
    { name: `${label} in production`, expect: "pass", config: PRODUCTION_STACK, resource },
    { name: `${label} outside production`, expect: "violate", message, resource },
  ];
}
