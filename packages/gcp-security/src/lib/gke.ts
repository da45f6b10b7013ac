/**
 * GKE helpers: the node pools a `gcp:container/cluster:Cluster` or `gcp:container/nodePool:NodePool`
 * defines (the cluster's default pool from `nodeConfig`, each inline `nodePools[i]`, a separate
 * NodePool), read unknown-safe, so the node-level policies (metadata server, secure boot, service
 * account, auto-upgrade) share one walk.
 */
import { peek, peekItems, requireKnown, type Peeked, type Report } from "@rampart/policy-core";

/** GKE cluster type token. */
export const GKE_CLUSTER = "gcp:container/cluster:Cluster";
/** GKE node pool type token. */
export const GKE_NODE_POOL = "gcp:container/nodePool:NodePool";

/** One node pool defined by a resource: where its settings are (`nodeConfig`, `nodePools.0`, ``). */
export interface NodePoolSite {
  /** Path prefix of the pool's settings (`""` for a NodePool resource, `nodePools.1` for an inline pool). */
  base: string;
  /** Path of the pool's node configuration (`nodeConfig`, `nodePools.1.nodeConfig`). */
  nodeConfigPath: string;
  /** Path of the pool's management block, when the pool has one (not the default pool). */
  managementPath?: string;
}

/** Whether the cluster is Autopilot: known true, unknown during preview, or not. */
export function autopilot(props: unknown): boolean | "unknown" {
  const a = peek<boolean>(props, "enableAutopilot");
  if (a.state === "unknown") return "unknown";
  return a.state === "known" && a.value === true;
}

/**
 * The node pools a resource defines, with `unknown` set when the inline pool list is unknown.
 * An Autopilot cluster has none (Google manages its nodes). A cluster's default pool is listed
 * unless `removeDefaultNodePool` is true.
 */
export function nodePoolSites(type: string, props: unknown): { sites: NodePoolSite[]; unknown: boolean } {
  if (type === GKE_NODE_POOL) return { sites: [{ base: "", nodeConfigPath: "nodeConfig", managementPath: "management" }], unknown: false };
  if (type !== GKE_CLUSTER) return { sites: [], unknown: false };
  const ap = autopilot(props);
  if (ap === true) return { sites: [], unknown: false };
  const sites: NodePoolSite[] = [];
  const pools = peekItems<unknown>(props, "nodePools");
  const remove = peek<boolean>(props, "removeDefaultNodePool");
  // Which pools exist (and whether Google manages them) is not known yet.
  if (pools.unknown || ap === "unknown" || remove.state === "unknown") return { sites: [], unknown: true };
  if (pools.known.length === 0 && !(remove.state === "known" && remove.value === true)) sites.push({ base: "", nodeConfigPath: "nodeConfig" });
  pools.known.forEach((_, i) =>
    sites.push({ base: `nodePools.${i}`, nodeConfigPath: `nodePools.${i}.nodeConfig`, managementPath: `nodePools.${i}.management` }),
  );
  return { sites, unknown: false };
}

/** A property of a pool's node configuration, e.g. `nodeSetting(props, site, "shieldedInstanceConfig.enableSecureBoot")`. */
export function nodeSetting<T = unknown>(props: unknown, site: NodePoolSite, path: string): Peeked<T> {
  return peek<T>(props, `${site.nodeConfigPath}.${path}`);
}

/** How a pool is named in messages: `nodeConfig`, `nodePools[1].nodeConfig`. */
export function sitePath(site: NodePoolSite, path: string): string {
  return `${site.nodeConfigPath}.${path}`.replace(/\.(\d+)\./g, "[$1].");
}

/** What a node-level rule says about one pool: a violation message, fine (`undefined`), or unknown at a path. */
export type PoolVerdict = string | undefined | { unknown: string };

/**
 * Runs a node-level rule on every pool a cluster or node pool defines: every violation is
 * reported; when none is and a pool's verdict (or the pool list) is unknown, the preview advisory.
 */
export function checkNodePools(type: string, props: Record<string, unknown>, report: Report, judge: (site: NodePoolSite) => PoolVerdict): void {
  const { sites, unknown } = nodePoolSites(type, props);
  const bad: string[] = [];
  let unknownPath: string | undefined = unknown ? "nodePools" : undefined;
  for (const site of sites) {
    const v = judge(site);
    if (typeof v === "string") bad.push(v);
    else if (v) unknownPath ??= v.unknown;
  }
  if (bad.length > 0) bad.forEach((m) => report(m));
  else if (unknownPath) requireKnown(props, unknownPath === "nodePools" ? undefined : unknownPath);
}
