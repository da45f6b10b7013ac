/**
 * Azure Resource Manager locks of a stack (`authorization:ManagementLockAtResourceLevel`,
 * `ManagementLockByScope`, `ManagementLockAtResourceGroupLevel`, `ManagementLockAtSubscriptionLevel`)
 * and which resources they protect: a lock on a resource, its resource group or its subscription
 * applies to it (locks are inherited down the scope tree).
 */
import type { PolicyResource } from "@pulumi/policy";
import { peek, type StackIndex } from "@rampart/policy-core";

/** Lock type tokens (azure-native 3, authorization module). */
export const LOCK_AT_RESOURCE = "azure-native:authorization:ManagementLockAtResourceLevel";
export const LOCK_BY_SCOPE = "azure-native:authorization:ManagementLockByScope";
export const LOCK_AT_RESOURCE_GROUP = "azure-native:authorization:ManagementLockAtResourceGroupLevel";
export const LOCK_AT_SUBSCRIPTION = "azure-native:authorization:ManagementLockAtSubscriptionLevel";
/** Every lock type. */
export const LOCK_TYPES = [LOCK_AT_RESOURCE, LOCK_BY_SCOPE, LOCK_AT_RESOURCE_GROUP, LOCK_AT_SUBSCRIPTION];

/** How a resource the locks are matched against is identified. */
export interface LockTarget {
  resource: PolicyResource;
  /** Its name as a lock's `resourceName` gives it (e.g. a storage account's `accountName`), if known. */
  name?: string;
  /** The ARM resource type segment in lowercase (`storageaccounts`). */
  armType: string;
}

type Tri = "yes" | "no" | "maybe";

const text = (r: PolicyResource, path: string): { state: "known"; value: string } | { state: "unknown" | "absent" | "other" } => {
  const v = peek<unknown>(r.props, path);
  if (v.state === "known") return typeof v.value === "string" ? { state: "known", value: v.value } : { state: "other" };
  return { state: v.state };
};

const dependsOn = (lock: PolicyResource, prop: string, urns: readonly string[]): boolean =>
  (lock.propertyDependencies?.[prop] ?? []).some((d) => urns.includes(d.urn));

/** Whether one lock covers `t` ("maybe" when a value that decides it is unknown during preview). */
function covers(lock: PolicyResource, t: LockTarget): Tri {
  const rgUrns = (t.resource.propertyDependencies?.resourceGroupName ?? []).map((d) => d.urn);
  const rg = text(t.resource, "resourceGroupName");
  const sameRg = (lockRgProp: string): Tri => {
    if (rgUrns.length && dependsOn(lock, lockRgProp, rgUrns)) return "yes";
    const l = text(lock, lockRgProp);
    if (l.state === "unknown" || rg.state === "unknown") return "maybe";
    return l.state === "known" && rg.state === "known" && l.value.toLowerCase() === rg.value.toLowerCase() ? "yes" : "no";
  };
  switch (lock.type) {
    case LOCK_AT_SUBSCRIPTION:
      return "yes";
    case LOCK_AT_RESOURCE_GROUP:
      return sameRg("resourceGroupName");
    case LOCK_AT_RESOURCE: {
      const type = text(lock, "resourceType");
      if (type.state === "known" && type.value.toLowerCase() !== t.armType) return "no";
      if (dependsOn(lock, "resourceName", [t.resource.urn])) return "yes";
      const name = text(lock, "resourceName");
      if (name.state === "unknown" || type.state === "unknown" || t.name === undefined) return "maybe";
      if (name.state !== "known" || name.value.toLowerCase() !== t.name.toLowerCase()) return "no";
      return sameRg("resourceGroupName");
    }
    case LOCK_BY_SCOPE: {
      if (dependsOn(lock, "scope", [t.resource.urn])) return "yes";
      const scope = text(lock, "scope");
      if (scope.state === "unknown") return "maybe";
      if (scope.state !== "known") return "no";
      const s = scope.value.trim().toLowerCase().replace(/\/+$/, "");
      if (/^\/subscriptions\/[^/]+$/.test(s)) return "yes";
      const m = /^\/subscriptions\/[^/]+\/resourcegroups\/([^/]+)(?:\/providers\/[^/]+\/([^/]+)\/([^/]+))?$/.exec(s);
      if (!m) return "no";
      if (rg.state === "unknown") return "maybe";
      if (rg.state !== "known" || rg.value.toLowerCase() !== m[1]) return "no";
      if (!m[2]) return "yes";
      if (m[2] !== t.armType) return "no";
      if (t.name === undefined) return "maybe";
      return m[3] === t.name.toLowerCase() ? "yes" : "no";
    }
    default:
      return "no";
  }
}

/**
 * Whether a lock of the stack whose level is one of `levels` (lowercase: "cannotdelete",
 * "readonly") protects `t`: "maybe" when a lock's level or link is unknown during preview.
 */
export function lockedBy(index: StackIndex, t: LockTarget, levels: readonly string[]): Tri {
  let result: Tri = "no";
  for (const lock of index.ofType(...LOCK_TYPES)) {
    const c = covers(lock, t);
    if (c === "no") continue;
    const level = text(lock, "level");
    if (level.state === "unknown") result = "maybe";
    else if (level.state === "known" && levels.includes(level.value.toLowerCase())) {
      if (c === "yes") return "yes";
      result = "maybe";
    }
  }
  return result;
}
