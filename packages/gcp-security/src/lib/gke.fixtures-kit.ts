/**
 * Fixture resources and shared cases for the GKE policies (`gcp-gke-*.fixtures.ts`): a cluster in
 * europe-west1 and a separate node pool of cluster `c`, as the gcp provider declares them, so
 * each fixture states only the settings its case is about; and the cases every node-level policy
 * has (an Autopilot cluster defines no node pools; a registry is not a cluster). Type tokens are
 * those of `./gke`.
 */
import { type Fixture, type FixtureResource, unknown } from "@rampart/policy-testing";
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

/** A cluster flag whose provider default is the compliant value, and the names of its cases (`clusterFlagCases`). */
export interface ClusterFlag {
  /** Top-level cluster property (`enableLegacyAbac`). */
  readonly setting: string;
  /** The compliant value, which is also the default when the property is omitted. */
  readonly safe: boolean;
  /** Case names: the defaults, the compliant value set explicitly, the other value, and the value unknown during preview. */
  readonly names: { readonly defaults: string; readonly safe: string; readonly unsafe: string; readonly unknown: string };
}

/**
 * The cases of a cluster policy on one boolean flag whose default is compliant (legacy ABAC,
 * Shielded Nodes, alpha features): omitted and set to `safe` pass, the other value violates
 * (`<setting> is <value>`), an unknown value is the preview advisory, a node pool is not a cluster.
 */
export function clusterFlagCases({ setting, safe, names }: ClusterFlag): Fixture[] {
  return [
    { name: names.defaults, expect: "pass", resource: cluster() },
    { name: names.safe, expect: "pass", resource: cluster({ [setting]: safe }) },
    { name: names.unsafe, expect: "violate", message: `${setting} is ${String(!safe)}`, resource: cluster({ [setting]: !safe }) },
    { name: names.unknown, expect: "unknown", resource: cluster({ [setting]: unknown() }) },
    { name: "a node pool is not a cluster", expect: "not-applicable", resource: nodePool() },
  ];
}
