/**
 * GKE helpers: the node pools a `gcp:container/cluster:Cluster` or `gcp:container/nodePool:NodePool`
 * defines (the cluster's default pool from `nodeConfig`, each inline `nodePools[i]`, a separate
 * NodePool), read unknown-safe, so the node-level policies (metadata server, secure boot, service
 * account, auto-upgrade) share one walk; and the policy builders of the GKE families: node pool
 * rules (`nodePoolPolicy`, `nodeSettingPolicy`), one cluster setting (`clusterSettingPolicy`),
 * Standard-only cluster rules (`standardClusterPolicy`) and the public control plane endpoint
 * (`publicEndpoint`). Facts: the gcp 9 provider's Cluster and NodePool docs and
 * https://cloud.google.com/kubernetes-engine/docs/concepts/autopilot-overview.
 */
import { peek, peekItems, requireKnown, type FactoryPolicyMetadata, type Peeked, type Report } from "@rampart/policy-core";
import { gcpPolicy } from "../policy";

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

/** What a GKE policy built here says about itself: its metadata without `resourceTypes` (the builder sets them). */
export type GkePolicyMeta<N extends string> = Omit<FactoryPolicyMetadata<N>, "resourceTypes">;

/**
 * A node-level policy on clusters and node pools: `judge` gives each pool's verdict (see
 * `checkNodePools`: every violation is reported, otherwise an unknown asks for the advisory).
 */
export function nodePoolPolicy<const N extends string>({
  judge,
  ...meta
}: GkePolicyMeta<N> & { readonly judge: (props: Record<string, unknown>, site: NodePoolSite) => PoolVerdict }) {
  return gcpPolicy({
    ...meta,
    resourceTypes: [GKE_CLUSTER, GKE_NODE_POOL],
    validateResource: ({ type, props }, report) => checkNodePools(type, props, report, (site) => judge(props, site)),
  });
}

/** `problem`'s answer when a value inside the setting is unknown during preview: ask for the advisory at the setting's path. */
export const SETTING_UNKNOWN = Symbol("setting unknown");

/** A node setting's value as `problem` sees it: known or absent (an unknown one is handled by `unknown`). */
export type KnownOrAbsent<T> = Exclude<Peeked<T>, { state: "unknown" }>;

/** One node configuration setting checked on every pool (`nodeSettingPolicy`). */
export interface NodeSettingRule<T> {
  /** Path under the pool's `nodeConfig` (`shieldedInstanceConfig.enableSecureBoot`). */
  readonly setting: string;
  /**
   * An unknown value during preview: `"ask"` for the advisory (the value decides), `"set"` when
   * an unknown value counts as set and passes (a key or service account created in the program).
   */
  readonly unknown: "ask" | "set";
  /** The violation message for the value (`at` is the pool's path for messages, `nodePools[1].nodeConfig.imageType`), or `undefined` when fine. */
  readonly problem: (value: KnownOrAbsent<T>, at: string) => string | undefined | typeof SETTING_UNKNOWN;
}

/** A node-level policy on one `nodeConfig` setting of every pool a cluster or node pool defines (Autopilot clusters have none). */
export function nodeSettingPolicy<const N extends string, T = unknown>({ setting, unknown, problem, ...meta }: GkePolicyMeta<N> & NodeSettingRule<T>) {
  return nodePoolPolicy({
    ...meta,
    judge: (props, site) => {
      const v = nodeSetting<T>(props, site, setting);
      const ask = { unknown: `${site.nodeConfigPath}.${setting}` };
      if (v.state === "unknown") return unknown === "ask" ? ask : undefined;
      const verdict = problem(v, sitePath(site, setting));
      return verdict === SETTING_UNKNOWN ? ask : verdict;
    },
  });
}

/**
 * A cluster policy on one setting: an unknown value asks for the advisory; otherwise `problem`
 * gives the violation message for the known or absent value (`undefined` when fine).
 */
export function clusterSettingPolicy<const N extends string, T = unknown>({
  setting,
  problem,
  ...meta
}: GkePolicyMeta<N> & {
  /** Property path on the cluster (`enableLegacyAbac`). */
  readonly setting: string;
  /** The violation message for the value, or `undefined`. */
  readonly problem: (value: KnownOrAbsent<T>, props: Record<string, unknown>) => string | undefined;
}) {
  return gcpPolicy({
    ...meta,
    resourceTypes: [GKE_CLUSTER],
    validateResource: ({ props }, report) => {
      const v = peek<T>(props, setting);
      if (v.state === "unknown") return requireKnown(props, setting);
      const m = problem(v, props);
      if (m !== undefined) report(m);
    },
  });
}

/** A Standard-cluster rule's verdict: a violation message, fine (`undefined`), or unknown at a path. */
export type ClusterVerdict = string | undefined | { readonly unknown: string };

/**
 * A cluster policy that applies to Standard clusters only (Autopilot always has the setting):
 * an Autopilot cluster passes; when `check` finds a violation or an unknown value and
 * `enableAutopilot` itself is unknown, the advisory is asked for on `enableAutopilot` first.
 */
export function standardClusterPolicy<const N extends string>({
  check,
  ...meta
}: GkePolicyMeta<N> & { readonly check: (props: Record<string, unknown>) => ClusterVerdict }) {
  return gcpPolicy({
    ...meta,
    resourceTypes: [GKE_CLUSTER],
    validateResource: ({ props }, report) => {
      const ap = autopilot(props);
      if (ap === true) return;
      const v = check(props);
      if (v === undefined) return;
      if (ap === "unknown") return requireKnown(props, "enableAutopilot");
      if (typeof v === "string") report(v);
      else requireKnown(props, v.unknown);
    },
  });
}

/** Whether a cluster's control plane has a public IP endpoint (`publicEndpoint`). */
export type PublicEndpoint =
  | { readonly exposed: false }
  | {
      readonly exposed: true;
      /** `privateClusterConfig.enablePrivateEndpoint` (not true). */
      readonly privateEndpoint: Peeked<boolean>;
      /** The first of the two endpoint settings that is unknown during preview, if one is. */
      readonly unknownPath?: string;
    };

/**
 * Whether the control plane has a public IP endpoint: not when direct IP access is off
 * (`controlPlaneEndpointsConfig.ipEndpointsConfig.enabled: false`, DNS endpoint only) or only the
 * private endpoint is used (`privateClusterConfig.enablePrivateEndpoint: true`); otherwise it is
 * (the provider's default), unless an unknown one of the two settings turns it off.
 */
export function publicEndpoint(props: unknown): PublicEndpoint {
  const ipPath = "controlPlaneEndpointsConfig.ipEndpointsConfig.enabled";
  const privPath = "privateClusterConfig.enablePrivateEndpoint";
  const ip = peek<boolean>(props, ipPath);
  if (ip.state === "known" && ip.value === false) return { exposed: false };
  const priv = peek<boolean>(props, privPath);
  if (priv.state === "known" && priv.value === true) return { exposed: false };
  const unknownPath = ip.state === "unknown" ? ipPath : priv.state === "unknown" ? privPath : undefined;
  return { exposed: true, privateEndpoint: priv, ...(unknownPath ? { unknownPath } : {}) };
}
