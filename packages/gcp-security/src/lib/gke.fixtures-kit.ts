/**
 * Fixture resources and shared cases for the GKE policies (`gcp-gke-*.fixtures.ts`): a cluster in
 * europe-west1 and a separate node pool of cluster `c`, as the gcp provider declares them, so
 * each fixture states only the settings its case is about; and the cases every node-level policy
 * has (an Autopilot cluster defines no node pools; a registry is not a cluster). Type tokens are
 * those of `./gke`.
 */
import type { Fixture, FixtureResource } from "@rampart/policy-testing";
import { GKE_CLUSTER, GKE_NODE_POOL } from "./gke";

/** A `gcp:container/cluster:Cluster` fixture resource in europe-west1 with `extra` props on top. */
export function cluster(extra: Record<string, unknown> = {}): FixtureResource {
  return { type: GKE_CLUSTER, props: { location: "europe-west1", ...extra } };
}

/** A `gcp:container/nodePool:NodePool` fixture resource of cluster `c` with `extra` props on top. */
export function nodePool(extra: Record<string, unknown> = {}): FixtureResource {
  return { type: GKE_NODE_POOL, props: { cluster: "c", ...extra } };
}

/** The case "Autopilot cluster" passes: Google manages an Autopilot cluster's nodes and their settings. */
export function autopilotPasses(): Fixture {
  return { name: "Autopilot cluster", expect: "pass", resource: cluster({ enableAutopilot: true }) };
}

/** The case "a registry is not a cluster": a `gcp:container/registry:Registry` is not applicable. */
export function registryNotApplicable(): Fixture {
  return { name: "a registry is not a cluster", expect: "not-applicable", resource: { type: "gcp:container/registry:Registry", props: { location: "EU" } } };
}

/** The case "cluster whose default pool is removed" passes: with `removeDefaultNodePool` and no inline pools, the cluster defines no node pool. */
export function defaultPoolRemovedPasses(): Fixture {
  return { name: "cluster whose default pool is removed", expect: "pass", resource: cluster({ removeDefaultNodePool: true, initialNodeCount: 1 }) };
}
