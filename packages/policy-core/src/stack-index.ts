/**
 * The stack index: every resource of an AnalyzeStack request indexed once by URN, type, parent
 * and dependency, so stack policies correlate resources (a bucket and its public-access block) in
 * time linear in the number of resources.
 *
 * Links between resources follow the engine's data: a companion's link property (`bucket` on
 * `aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock`) matched against the target's
 * identifiers when known, else the URN-based `propertyDependencies` the engine records for that
 * property (which is what links them during preview, when the bucket's name is still unknown).
 */
import type { PolicyResource } from "@pulumi/policy";
import { peek } from "./unknown";

/** Which companions belong to one target, and which companions could not be placed. */
export interface CompanionLinks {
  /** Companions linked to each target, by the target's URN. */
  byTarget: Map<string, PolicyResource[]>;
  /**
   * Companions whose link cannot be resolved: the link value is unknown during preview and there
   * is no property dependency on a target. A policy must not call a target non-compliant when an
   * unresolved companion might belong to it: report advisory or stay quiet.
   */
  unresolved: PolicyResource[];
  /**
   * Companions whose known link value names no target in this stack (a resource elsewhere). When
   * some target's identifiers are unknown during preview, such companions count as unresolved.
   */
  external: PolicyResource[];
}

/** Options for `StackIndex.companions`. */
export interface CompanionQuery {
  /** Type tokens of the resources being checked (e.g. both S3 bucket tokens). */
  targetTypes: readonly string[];
  /** Type tokens of the companion resources (e.g. public-access block, with and without V2). */
  companionTypes: readonly string[];
  /** The companion's property naming its target (`bucket`). */
  linkProperty: string;
  /** Target output properties that identify it (`["id", "bucket", "arn"]`). */
  targetKeys: readonly string[];
}

/** Resources of one AnalyzeStack request, indexed once. */
export class StackIndex {
  private readonly byUrn = new Map<string, PolicyResource>();
  private readonly byTypeMap = new Map<string, PolicyResource[]>();
  private childrenMap?: Map<string, PolicyResource[]>;
  private dependentsMap?: Map<string, PolicyResource[]>;

  /** @param resources the `resources` of @pulumi/policy's `StackValidationArgs`. */
  constructor(readonly resources: readonly PolicyResource[]) {
    for (const r of resources) {
      this.byUrn.set(r.urn, r);
      let list = this.byTypeMap.get(r.type);
      if (!list) this.byTypeMap.set(r.type, (list = []));
      list.push(r);
    }
  }

  /** The resource with this URN, if it is in the stack. */
  get(urn: string): PolicyResource | undefined {
    return this.byUrn.get(urn);
  }

  /** Resources of any of the given type tokens, in stack order per type. */
  ofType(...types: string[]): PolicyResource[] {
    if (types.length === 1) return this.byTypeMap.get(types[0]) ?? [];
    const out: PolicyResource[] = [];
    for (const t of types) out.push(...(this.byTypeMap.get(t) ?? []));
    return out;
  }

  /** Direct children (resources whose parent is `urn`). */
  childrenOf(urn: string): PolicyResource[] {
    if (!this.childrenMap) {
      this.childrenMap = new Map();
      for (const r of this.resources) {
        const p = r.parent?.urn ?? r.opts?.parent;
        if (!p) continue;
        let list = this.childrenMap.get(p);
        if (!list) this.childrenMap.set(p, (list = []));
        list.push(r);
      }
    }
    return this.childrenMap.get(urn) ?? [];
  }

  /** Resources that depend on `urn`, through `dependencies` or any `propertyDependencies`. */
  dependentsOf(urn: string): PolicyResource[] {
    if (!this.dependentsMap) {
      this.dependentsMap = new Map();
      for (const r of this.resources) {
        const seen = new Set<string>();
        const add = (d: PolicyResource) => {
          if (seen.has(d.urn)) return;
          seen.add(d.urn);
          let list = this.dependentsMap!.get(d.urn);
          if (!list) this.dependentsMap!.set(d.urn, (list = []));
          list.push(r);
        };
        for (const d of r.dependencies ?? []) add(d);
        for (const deps of Object.values(r.propertyDependencies ?? {})) for (const d of deps) add(d);
      }
    }
    return this.dependentsMap.get(urn) ?? [];
  }

  /**
   * Links companion resources to their targets (see `CompanionQuery`). Linear: one pass over the
   * targets to index their known identifiers, one pass over the companions.
   */
  companions(q: CompanionQuery): CompanionLinks {
    const targets = this.ofType(...q.targetTypes);
    const byKey = new Map<string, PolicyResource>();
    const targetUrns = new Set<string>();
    // A target whose identifiers are unknown during preview could be the one a companion names.
    let someTargetUnknown = false;
    for (const t of targets) {
      targetUrns.add(t.urn);
      for (const k of q.targetKeys) {
        const v = peek(t.props, k);
        if (v.state === "known" && (typeof v.value === "string" || typeof v.value === "number")) byKey.set(String(v.value), t);
        else if (v.state === "unknown") someTargetUnknown = true;
      }
    }
    const byTarget = new Map<string, PolicyResource[]>();
    const unresolved: PolicyResource[] = [];
    const external: PolicyResource[] = [];
    const link = (t: PolicyResource, c: PolicyResource) => {
      let list = byTarget.get(t.urn);
      if (!list) byTarget.set(t.urn, (list = []));
      list.push(c);
    };
    for (const c of this.ofType(...q.companionTypes)) {
      const deps = (c.propertyDependencies?.[q.linkProperty] ?? []).filter((d) => targetUrns.has(d.urn));
      if (deps.length > 0) {
        for (const d of deps) link(d, c);
        continue;
      }
      const v = peek(c.props, q.linkProperty);
      if (v.state === "known" && (typeof v.value === "string" || typeof v.value === "number")) {
        const t = byKey.get(String(v.value));
        if (t) link(t, c);
        else if (someTargetUnknown) unresolved.push(c);
        else external.push(c);
      } else if (v.state === "absent") {
        // No link value at all: the companion names no target (malformed, or set elsewhere).
        external.push(c);
      } else {
        unresolved.push(c);
      }
    }
    return { byTarget, unresolved, external };
  }
}
