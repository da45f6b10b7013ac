/**
 * Azure Monitor helpers: diagnostic settings (`monitor:DiagnosticSetting` on a resource,
 * `monitor:SubscriptionDiagnosticSetting` for the activity log; monitor/*.d.ts) and activity log
 * alert conditions (`monitor:ActivityLogAlert`, `condition.allOf` of leaf conditions
 * `{ field, equals | containsAny }` or `{ anyOf: [...] }`).
 */
import { peek, peekItems } from "@rampart/policy-core";

/** A resource diagnostic setting (azure-native 3). */
export const DIAGNOSTIC_SETTING = "azure-native:monitor:DiagnosticSetting";
/** The subscription activity log's diagnostic setting (azure-native 3). */
export const SUBSCRIPTION_DIAGNOSTIC_SETTING = "azure-native:monitor:SubscriptionDiagnosticSetting";
/** An activity log alert rule (azure-native 3). */
export const ACTIVITY_LOG_ALERT = "azure-native:monitor:ActivityLogAlert";

/** The destination properties of a diagnostic setting; at least one must be set. */
const DESTINATIONS = ["workspaceId", "storageAccountId", "eventHubAuthorizationRuleId", "marketplacePartnerId"] as const;

/** Whether a diagnostic setting sends its logs somewhere (a value unknown during preview counts as set). */
export function hasDestination(props: unknown): boolean {
  return DESTINATIONS.some((d) => peek(props, d).state !== "absent");
}

/**
 * Which of `wanted` (categories or category groups, case-insensitive) the `logs` of a diagnostic
 * setting enable: "yes" per name enabled, "unknown" while an entry is unknown. A category group
 * in `groupsCoverAll` (e.g. "allLogs") covers every name.
 */
export function enabledLogs(props: unknown, wanted: readonly string[], groupsCoverAll: readonly string[] = ["allLogs"]): Map<string, "yes" | "no" | "unknown"> {
  const out = new Map<string, "yes" | "no" | "unknown">(wanted.map((w) => [w, "no"]));
  const logs = peekItems<unknown>(props, "logs");
  const set = (k: string, v: "yes" | "unknown") => {
    if (out.get(k) !== "yes") out.set(k, v);
  };
  if (logs.unknown) for (const w of wanted) set(w, "unknown");
  for (const l of logs.known) {
    const en = peek<unknown>(l, "enabled");
    const state: "yes" | "unknown" | undefined = en.state === "unknown" ? "unknown" : en.state === "known" && en.value === true ? "yes" : undefined;
    if (!state) continue;
    const names: string[] = [];
    let unknownName = false;
    for (const key of ["category", "categoryGroup"]) {
      const n = peek<unknown>(l, key);
      if (n.state === "unknown") unknownName = true;
      else if (n.state === "known" && typeof n.value === "string") names.push(n.value.toLowerCase());
    }
    const all = names.some((n) => groupsCoverAll.some((g) => g.toLowerCase() === n));
    for (const w of wanted) {
      if (all || names.includes(w.toLowerCase())) set(w, state);
      else if (unknownName) set(w, "unknown");
    }
  }
  return out;
}

/** The leaf conditions of an activity log alert (`condition.allOf`, flattening `anyOf`), and whether any part is unknown. */
export function alertLeaves(props: unknown): { leaves: { field: string; values: string[] }[]; unknown: boolean } {
  const all = peekItems<unknown>(props, "condition.allOf");
  let unknown = all.unknown;
  const leaves: { field: string; values: string[] }[] = [];
  const visit = (c: unknown) => {
    const any = peekItems<unknown>(c, "anyOf");
    if (any.unknown) unknown = true;
    any.known.forEach(visit);
    const f = peek<unknown>(c, "field");
    if (f.state === "unknown") unknown = true;
    if (f.state !== "known" || typeof f.value !== "string") return;
    const values: string[] = [];
    const eq = peek<unknown>(c, "equals");
    if (eq.state === "unknown") unknown = true;
    else if (eq.state === "known" && typeof eq.value === "string") values.push(eq.value);
    const ca = peekItems<unknown>(c, "containsAny");
    if (ca.unknown) unknown = true;
    for (const v of ca.known) if (typeof v === "string") values.push(v);
    leaves.push({ field: f.value.toLowerCase(), values: values.map((v) => v.toLowerCase()) });
  };
  all.known.forEach(visit);
  return { leaves, unknown };
}

/**
 * Whether the ARM resource id `uri` names the resource `name` of provider type `providerType`
 * (e.g. "Microsoft.KeyVault/vaults"): the id ends with `/providers/<providerType>/<name>`,
 * compared case-insensitively as ARM does. Used when the target's own `id` is not among its
 * properties and the link is only by name.
 */
export function idNames(uri: unknown, providerType: string, name: unknown): boolean {
  if (typeof uri !== "string" || typeof name !== "string" || name === "") return false;
  return uri.toLowerCase().replace(/\/+$/, "").endsWith(`/providers/${providerType}/${name}`.toLowerCase());
}
