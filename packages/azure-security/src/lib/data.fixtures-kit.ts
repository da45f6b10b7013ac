/**
 * Shared fixture cases of the Cosmos DB and Azure Cache for Redis policies (types and bases in
 * ./data), and of every resource policy whose check is "boolean flag must be true" (`checkValue`
 * with `isTrue` and an `absent` message, see ./checks).
 */
import { fixtures, unknown, type Fixture } from "@rampart/policy-testing";
import { ACR } from "./data";

/** The not-applicable case "a registry is not `what`": a container registry, which no Cosmos DB or Redis policy applies to. */
export function registryIsNot(what: string): Fixture {
  return {
    name: `a registry is not ${what}`,
    expect: "not-applicable",
    resource: { type: ACR, props: { resourceGroupName: "rg", sku: { name: "Basic" } } },
  };
}

/** What varies between the fixtures of a "flag must be true" policy: the resource, the flag and the case names. */
export interface RequiredFlagCases {
  /** The resource type token. */
  type: string;
  /** A minimal resource's inputs, without the flag. */
  base: Record<string, unknown>;
  /** The flag's property (`disableLocalAuth`), false or off when omitted. */
  flag: string;
  /** Name of the pass case (flag true). */
  on: string;
  /** Other inputs the pass case sets before the flag (a prerequisite such as `redisConfiguration.aadEnabled`). */
  onProps?: Record<string, unknown>;
  /** Name of the case with the defaults (flag omitted), a violation. */
  defaults: string;
  /** Name of the case with the flag false, a violation. */
  off: string;
  /** The not-applicable case. */
  notApplicable: Fixture;
}

/**
 * The five cases of a "flag must be true" policy, in this order: flag true passes, flag omitted
 * violates ("<flag> is not set"), flag false violates ("<flag> is false"), flag unknown during
 * preview is unknown, and the not-applicable case.
 */
export function requiredFlagFixtures(c: RequiredFlagCases): Fixture[] {
  const { type, base, flag } = c;
  return fixtures([
    { name: c.on, expect: "pass", resource: { type, props: { ...base, ...c.onProps, [flag]: true } } },
    { name: c.defaults, expect: "violate", message: `${flag} is not set`, resource: { type, props: base } },
    { name: c.off, expect: "violate", message: `${flag} is false`, resource: { type, props: { ...base, [flag]: false } } },
    { name: "flag unknown during preview", expect: "unknown", resource: { type, props: { ...base, [flag]: unknown() } } },
    c.notApplicable,
  ]);
}
