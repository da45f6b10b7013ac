/**
 * Exemptions written in the policy config (`--config`, the file `pulumi preview
 * --policy-pack-config` reads): each policy's `exemptions` entry (policy-core `parseExemptions`).
 * The packs apply them themselves under the real engine; `rampart check` applies the ones in force
 * itself, with the same matcher semantics as rampart.yaml, so its reports can list what they
 * exempted, and passes expired ones on to the packs, which report the violation with a line saying
 * the exemption expired — as the engine would show it.
 */
import { parseExemptions, PolicyConfigError, utcDay } from "@rampart/policy-core";
import type { PolicyPackConfigFile } from "@rampart/engine-client";
import { InputError } from "./errors";
import type { Exemption, ExemptionSet } from "./exemptions";

/**
 * The policy a name in a config file, an exemption or a framework mapping refers to, or undefined.
 * Every lookup of a policy by a user-written name goes through here, so policy aliases (a renamed
 * policy's old name) can be resolved in one place.
 */
export function resolvePolicyName(name: string, known: ReadonlySet<string>): string | undefined {
  return known.has(name) ? name : undefined;
}

/** The config's exemptions, and the config to send to the packs (exemptions in force taken out). */
export interface ConfigExemptions {
  set: ExemptionSet;
  config: PolicyPackConfigFile;
}

/**
 * Takes the `exemptions` out of each policy's entry of `config` (read from `file`).
 * @throws InputError (`policy config: <policy>: exemptions[0].reason is required`) for a malformed entry.
 */
export function splitConfigExemptions(config: PolicyPackConfigFile, file: string, now = new Date()): ConfigExemptions {
  const today = utcDay(now);
  const active: Exemption[] = [];
  const expired: Exemption[] = [];
  const out: PolicyPackConfigFile = {};
  for (const [policy, entry] of Object.entries(config)) {
    if (!entry || typeof entry !== "object" || Array.isArray(entry) || !("exemptions" in entry)) {
      out[policy] = entry;
      continue;
    }
    let list;
    try {
      list = parseExemptions((entry as Record<string, unknown>).exemptions);
    } catch (e) {
      if (e instanceof PolicyConfigError) throw new InputError(`policy config: ${policy}: ${e.message}`);
      throw e;
    }
    const still = list.filter((e) => e.expires && e.expires < today);
    for (const e of list) (e.expires && e.expires < today ? expired : active).push({ policy, ...e });
    const { exemptions: _drop, ...rest } = entry as Record<string, unknown>;
    out[policy] = (still.length ? { ...rest, exemptions: still } : rest) as PolicyPackConfigFile[string];
  }
  return { set: { file, active, expired }, config: out };
}

/** One exemption set from several (rampart.yaml and the config), each exemption keeping its file. */
export function combineExemptions(sets: readonly (ExemptionSet | undefined)[]): { set: ExemptionSet | undefined; fileOf: Map<Exemption, string> } {
  const present = sets.filter((s): s is ExemptionSet => !!s);
  const fileOf = new Map<Exemption, string>();
  for (const s of present) for (const e of [...s.active, ...s.expired]) fileOf.set(e, s.file);
  if (!present.length) return { set: undefined, fileOf };
  return {
    set: { file: present.map((s) => s.file).join(", "), active: present.flatMap((s) => s.active), expired: present.flatMap((s) => s.expired) },
    fileOf,
  };
}
