/**
 * Fixture builders for the "reached through a private endpoint" policies (`privateEndpointPolicy`
 * of lib/private-endpoint.ts): PrivateEndpoint resources in resource group "rg" that connect to a
 * target by property dependency (the preview shape: privateLinkServiceId unknown) or by id.
 */
import { unknown, type FixtureResource } from "@rampart/policy-testing";
import { PRIVATE_ENDPOINT } from "./private-endpoint";

/** One private link service connection of an endpoint, without its target. */
export interface Connection {
  name: string;
  groupIds: string[];
}

/**
 * A PrivateEndpoint `name` whose connection (in `list`, default privateLinkServiceConnections)
 * targets the fixture resource named `target` by property dependency, its id unknown.
 */
export function endpointByDependency(name: string, target: string, c: Connection, list = "privateLinkServiceConnections"): FixtureResource {
  return {
    type: PRIVATE_ENDPOINT,
    name,
    props: { resourceGroupName: "rg", [list]: [{ name: c.name, privateLinkServiceId: unknown(), groupIds: c.groupIds }] },
    propertyDependencies: { [list]: [target] },
  };
}

/** A PrivateEndpoint `name` whose connection targets `id` (a resource id, known). */
export function endpointById(name: string, id: string, c: Connection): FixtureResource {
  return {
    type: PRIVATE_ENDPOINT,
    name,
    props: { resourceGroupName: "rg", privateLinkServiceConnections: [{ name: c.name, privateLinkServiceId: id, groupIds: c.groupIds }] },
  };
}
