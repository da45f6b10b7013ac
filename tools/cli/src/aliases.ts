/**
 * Exemptions and baselines written against a renamed policy's former name still apply: entries
 * naming an alias (reported by the pack as an `alias:<old>` tag) are moved to the current name,
 * with one deprecation warning per old name.
 */
import { renamedPolicies, type AnalyzerInfo } from "@rampart/engine-client";
import type { Exemption, ExemptionSet } from "./exemptions";

/** Old name → current name across the packs of a check. */
export function renamesOf(packs: readonly { info: Pick<AnalyzerInfo, "policies"> }[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const p of packs) for (const [old, now] of renamedPolicies(p.info)) out.set(old, now);
  return out;
}

/** The exemption set with aliases replaced by current names; `warn` once per alias used. */
export function exemptionsByCurrentName(
  set: ExemptionSet | undefined,
  renames: ReadonlyMap<string, string>,
  warn: (text: string) => void,
): ExemptionSet | undefined {
  if (!set || !renames.size) return set;
  const seen = new Set<string>();
  const move = (e: Exemption): Exemption => {
    const now = renames.get(e.policy);
    if (!now) return e;
    if (!seen.has(e.policy)) warn(`${set.file}: policy "${e.policy}" was renamed to "${now}"; the exemption still applies, rename it`);
    seen.add(e.policy);
    return { ...e, policy: now };
  };
  return { ...set, active: set.active.map(move), expired: set.expired.map(move) };
}

/** Baseline keys (JSON `[pack, policy, urn, messageHash]`) with aliases replaced by current names. */
export function baselineByCurrentName(
  keys: Set<string> | undefined,
  renames: ReadonlyMap<string, string>,
  warn: (text: string) => void,
  file = "the baseline",
): Set<string> | undefined {
  if (!keys || !renames.size) return keys;
  const seen = new Set<string>();
  const out = new Set<string>();
  for (const k of keys) {
    const [pack, policy, urn, hash] = JSON.parse(k) as string[];
    const now = renames.get(policy);
    if (now && !seen.has(policy)) {
      seen.add(policy);
      warn(`${file}: policy "${policy}" was renamed to "${now}"; its baseline entries still apply, write the baseline again`);
    }
    out.add(now ? JSON.stringify([pack, now, urn, hash]) : k);
  }
  return out;
}
