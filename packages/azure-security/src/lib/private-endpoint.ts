/**
 * Private endpoints of a stack and the resources they connect to: an
 * `azure-native:network:PrivateEndpoint` names its target in
 * `privateLinkServiceConnections[].privateLinkServiceId` (or `manualPrivateLinkServiceConnections`),
 * which during preview is usually unknown but recorded as a property dependency on the target.
 */
import type { PolicyResource } from "@pulumi/policy";
import { peek, peekItems, type StackIndex, type StackReport } from "@rampart/policy-core";
import { azurePolicy } from "../policy";

/** The private endpoint type token. */
export const PRIVATE_ENDPOINT = "azure-native:network:PrivateEndpoint";

const CONNECTIONS = ["privateLinkServiceConnections", "manualPrivateLinkServiceConnections"] as const;

/** Which targets the stack's private endpoints reach, and whether some link is not known yet. */
export interface PrivateEndpointLinks {
  /**
   * Whether `target` is reached by a private endpoint of the stack (by dependency or by its `id`):
   * "maybe" when its `id` is unknown during preview and some endpoint names a target by id.
   */
  reaches(target: PolicyResource): "yes" | "no" | "maybe";
  /** Some private endpoint's target id is unknown and has no dependency: it may reach any target. */
  unresolved: boolean;
}

/** Indexes the private endpoints of the stack (see `PrivateEndpointLinks`). */
export function privateEndpointLinks(index: StackIndex): PrivateEndpointLinks {
  const urns = new Set<string>();
  const ids = new Set<string>();
  let unresolved = false;
  for (const pe of index.ofType(PRIVATE_ENDPOINT)) {
    let depended = false;
    for (const key of CONNECTIONS) {
      for (const d of pe.propertyDependencies?.[key] ?? []) {
        urns.add(d.urn);
        depended = true;
      }
      const conns = peekItems(pe.props, key);
      if (conns.unknown && !depended) unresolved = true;
      for (const c of conns.known) {
        const id = peek<string>(c, "privateLinkServiceId");
        if (id.state === "known" && typeof id.value === "string") ids.add(id.value.toLowerCase());
        else if (id.state === "unknown" && !depended) unresolved = true;
      }
    }
  }
  return {
    unresolved,
    reaches: (t) => {
      if (urns.has(t.urn)) return "yes";
      const id = peek<string>(t.props, "id");
      if (id.state === "unknown") return ids.size ? "maybe" : "no";
      return id.state === "known" && typeof id.value === "string" && ids.has(id.value.toLowerCase()) ? "yes" : "no";
    },
  };
}

/**
 * Reports, at the policy's level (the policies that use it are advisory), each resource of `types`
 * that no private endpoint of the stack reaches (`report.unknown` instead when an endpoint's
 * target is not known yet).
 */
export function requirePrivateEndpoint(index: StackIndex, report: StackReport, types: string[], message: string): void {
  const links = privateEndpointLinks(index);
  for (const t of index.ofType(...types)) {
    const r = links.reaches(t);
    if (r === "yes") continue;
    if (links.unresolved || r === "maybe") report.unknown("a private endpoint whose target is not known yet may connect to this resource.", t.urn);
    else report(message, t.urn);
  }
}

/** What sets one "reached through a private endpoint" policy apart (see `privateEndpointPolicy`). */
export interface PrivateEndpointPolicySpec {
  /** Policy name, `azure-<service>-require-private-endpoint`. */
  name: string;
  description: string;
  remediationSteps: string;
  url: string;
  /** Type token of the resources that must be reached through a private endpoint. */
  target: string;
  /** The message for a resource that no endpoint of the stack reaches. */
  message: string;
}

/**
 * A stack policy (medium, advisory: the endpoint may live in another stack) on `spec.target` and
 * PrivateEndpoint: each resource of `spec.target` must be reached by a private endpoint of the
 * stack (`requirePrivateEndpoint`).
 */
export function privateEndpointPolicy(spec: PrivateEndpointPolicySpec) {
  const { target, message, ...text } = spec;
  return azurePolicy({
    ...text,
    severity: "medium",
    enforcementLevel: "advisory",
    resourceTypes: [target, PRIVATE_ENDPOINT],
    validateStack: ({ index }, report) => requirePrivateEndpoint(index, report, [target], message),
  });
}
