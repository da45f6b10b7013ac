/** Shared fixture cases of the Cosmos DB and Azure Cache for Redis policies (types and bases in ./data). */
import type { Fixture } from "@rampart/policy-testing";
import { ACR } from "./data";

/** The not-applicable case "a registry is not `what`": a container registry, which no Cosmos DB or Redis policy applies to. */
export function registryIsNot(what: string): Fixture {
  return {
    name: `a registry is not ${what}`,
    expect: "not-applicable",
    resource: { type: ACR, props: { resourceGroupName: "rg", sku: { name: "Basic" } } },
  };
}
