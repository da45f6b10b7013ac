/**
 * Copies a (proxied) property value into plain data, marking values that are unknown during
 * preview with the `UNKNOWN` symbol instead of throwing. Used where a policy must look at a whole
 * structure (policy documents, rule lists) and decide whether unknown parts matter.
 */
import { isUnknownValueError } from "./unknown";

/** Marker for a value that is unknown during preview inside a `snapshot`. */
export const UNKNOWN: unique symbol = Symbol.for("rampart.unknown");
export type Snapshot = typeof UNKNOWN | null | boolean | number | string | Snapshot[] | { [k: string]: Snapshot };

/** Plain copy of `v` with unknowns marked; `maxDepth` (default 32) guards against cycles. */
export function snapshot(v: unknown, maxDepth = 32): Snapshot | undefined {
  if (v === undefined) return undefined;
  if (v === null || typeof v === "boolean" || typeof v === "number" || typeof v === "string") return v;
  if (typeof v !== "object" || maxDepth <= 0) return undefined;
  if (Array.isArray(v)) {
    const out: Snapshot[] = [];
    for (let i = 0; i < v.length; i++) {
      const e = guarded(() => v[i]);
      if (e === UNKNOWN) out.push(UNKNOWN);
      else {
        const s = snapshot(e, maxDepth - 1);
        if (s !== undefined) out.push(s);
      }
    }
    return out;
  }
  const out: { [k: string]: Snapshot } = {};
  for (const k of Object.keys(v)) {
    const e = guarded(() => (v as Record<string, unknown>)[k]);
    if (e === UNKNOWN) out[k] = UNKNOWN;
    else {
      const s = snapshot(e, maxDepth - 1);
      if (s !== undefined) out[k] = s;
    }
  }
  return out;
}

function guarded(f: () => unknown): unknown {
  try {
    return f();
  } catch (e) {
    if (isUnknownValueError(e)) return UNKNOWN;
    throw e;
  }
}

/** True when `s` contains an unknown anywhere. */
export function containsUnknown(s: Snapshot | undefined): boolean {
  if (s === UNKNOWN) return true;
  if (Array.isArray(s)) return s.some(containsUnknown);
  if (s && typeof s === "object") return Object.values(s).some(containsUnknown);
  return false;
}
