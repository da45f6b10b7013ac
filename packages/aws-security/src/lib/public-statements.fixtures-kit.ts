/**
 * Fixture builders for the policies that forbid a public resource policy document (./public-statements
 * and the OpenSearch, SNS and SQS policies that read one): the JSON document itself, and the case
 * list of a policy resource whose cases differ only in the statements at `policy`.
 */
import type { Expectation, Fixture } from "@rampart/policy-testing";
import { propertyFixtures } from "./flags.fixtures-kit";

/** The JSON text of an IAM policy document (`Version` "2012-10-17") with `statement` as its `Statement`. */
export function policyDocument(statement: unknown): string {
  return JSON.stringify({ Version: "2012-10-17", Statement: statement });
}

/**
 * One case: its name, the expected outcome, the document's statements (an array, made into the
 * document with `policyDocument`) or the wire value of `policy` itself (e.g. `unknown()`), and
 * for `violate` the message substring.
 */
export type PolicyCase = readonly [name: string, expect: Expectation, statements: unknown, message?: string];

/**
 * The fixtures of a public-policy policy on resources of `type`: each `PolicyCase` becomes a case
 * whose props are `base` with the case's document at `policy`; a full `Fixture` in the list
 * (another type) is kept as it is, in its place.
 */
export function policyFixtures(type: string, base: Record<string, unknown>, cases: readonly (PolicyCase | Fixture)[]): Fixture[] {
  return propertyFixtures(
    type,
    base,
    "policy",
    cases.map((c): PolicyCase | Fixture => {
      if (!Array.isArray(c)) return c as Fixture;
      const [name, expect, statements, message] = c as PolicyCase;
      return [name, expect, Array.isArray(statements) ? policyDocument(statements) : statements, message];
    }),
  );
}
