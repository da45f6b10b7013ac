/**
 * `createPolicyPack`: builds a @pulumi/policy `PolicyPack` from rampart policies, with a typed
 * options object that selects policies and sets enforcement levels and config. The options become
 * the pack's `initialConfig` (reported in GetAnalyzerInfo), so configuration from Pulumi Cloud or
 * `pulumi preview --policy-pack-config` still overrides them, as the Pulumi CLI merges config.
 */
import { PolicyPack } from "@pulumi/policy";
import type { PolicyPackArgs, PolicyPackConfig, Policies } from "@pulumi/policy";
import { engineConfigProperties, PolicyDefinitionError, PolicySetting, PULUMI_NAME_PATTERN, RampartPolicy } from "./define";
import { ComplianceControl, EnforcementLevel, SEVERITIES, Severity } from "./types";

/** Which policies a pack includes. Fields combine with AND; values within a field with OR. */
export interface PolicySelection {
  /** Keep policies of these services (`s3`, `ec2`, ...). */
  services?: readonly string[];
  /** Keep policies of these clouds. */
  clouds?: readonly string[];
  /** Keep policies at or above this severity. */
  minSeverity?: Severity;
  /**
   * Keep policies with a control from any of these frameworks: a framework key (`aws-fsbp`,
   * `cis-aws`, any version) or a framework id with its version (`cis-aws-5.0.0`, `cis-aws@3.0.0`).
   */
  frameworks?: readonly string[];
  /** Keep only these policy names. */
  names?: readonly string[];
  /** Drop these policy names (applied last). */
  exclude?: readonly string[];
}

type NameOf<P> = P extends RampartPolicy<infer N, any> ? N : never;
type ConfigOf<P> = P extends RampartPolicy<any, infer C> ? C : never;

/** Per-policy settings keyed by policy name, typed from the policies passed in. */
export type PolicySettings<Ps extends readonly RampartPolicy<any, any>[]> = {
  [P in Ps[number] as NameOf<P>]?: PolicySetting<ConfigOf<P>>;
};

/** Options of `createPolicyPack` / `buildPolicyPack`. */
export interface PolicyPackOptions<Ps extends readonly RampartPolicy<any, any>[]> {
  /** Every policy the pack may serve. */
  policies: Ps;
  /** Description shown by the Pulumi CLI and Cloud (overrides PulumiPolicy.yaml's). */
  description?: string;
  /** Pack-wide enforcement level for policies that set none (every rampart policy sets one). */
  enforcementLevel?: EnforcementLevel;
  /** Which policies to include; default all. */
  select?: PolicySelection;
  /** Per-policy enforcement level and config values. */
  policyConfig?: PolicySettings<Ps>;
  /**
   * Pack-level settings fanned out to every selected policy whose config schema declares the key
   * (e.g. `allowedRegions`): the Pulumi CLI keys config by policy name, so a shared setting is
   * written once here. A per-policy value in `policyConfig` wins.
   */
  settings?: Record<string, unknown>;
  /** Pack tags reported to the engine. */
  tags?: string[];
}

/** A built pack: what `new PolicyPack(name, args, initialConfig)` gets. */
export interface BuiltPolicyPack {
  name: string;
  policies: RampartPolicy[];
  args: PolicyPackArgs;
  initialConfig: PolicyPackConfig;
}

/**
 * Whether control `c` belongs to `framework`: its key (`cis-aws`: every version), or key and
 * version as `cis-aws-5.0.0` or `cis-aws@5.0.0`. Case-insensitive.
 */
export function controlInFramework(c: ComplianceControl, framework: string): boolean {
  const f = framework.trim().toLowerCase();
  const key = c.framework.toLowerCase();
  return f === key || f === `${key}-${c.version}`.toLowerCase() || f === `${key}@${c.version}`.toLowerCase();
}

/** Returns the policies `selection` keeps, in their original order. */
export function selectPolicies<P extends RampartPolicy>(policies: readonly P[], selection: PolicySelection = {}): P[] {
  const min = selection.minSeverity ? SEVERITIES.indexOf(selection.minSeverity) : 0;
  return policies.filter((p) => {
    if (selection.services && !selection.services.includes(p.service)) return false;
    if (selection.clouds && !selection.clouds.includes(p.cloud)) return false;
    if (SEVERITIES.indexOf(p.severity) < min) return false;
    if (selection.frameworks && !(p.controls ?? []).some((c) => selection.frameworks!.some((f) => controlInFramework(c, f)))) return false;
    if (selection.names && !selection.names.includes(p.name)) return false;
    if (selection.exclude && selection.exclude.includes(p.name)) return false;
    return true;
  });
}

/**
 * The policy a name stands for: its current name or one of its `aliases` (former names of a
 * renamed policy). Lookups of pack config, exemptions and baselines go through this so entries
 * written against an old name keep applying.
 *
 * @returns the policy and, when `key` is an alias, a deprecation notice asking to use the new name;
 *   undefined when no policy has that name or alias.
 */
export function policyByName<P extends RampartPolicy>(policies: readonly P[], key: string): { policy: P; deprecation?: string } | undefined {
  const byName = policies.find((p) => p.name === key);
  if (byName) return { policy: byName };
  const byAlias = policies.find((p) => p.aliases?.includes(key));
  if (!byAlias) return undefined;
  return { policy: byAlias, deprecation: `policy "${key}" was renamed to "${byAlias.name}"; use the new name (the old one is a deprecated alias)` };
}

/** Writes a deprecation notice once per process (stderr; the Pulumi CLI shows a pack's stderr in its log). */
const noticed = new Set<string>();
function deprecationNotice(text: string): void {
  if (noticed.has(text)) return;
  noticed.add(text);
  process.stderr.write(`rampart: ${text}\n`);
}

/** `policyConfig` with alias keys moved to the policies' current names (a notice for each alias). */
function byCurrentNames<T>(policies: readonly RampartPolicy[], policyConfig: Record<string, T>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [key, value] of Object.entries(policyConfig)) {
    const found = policyByName(policies, key);
    if (!found) {
      out[key] = value;
      continue;
    }
    if (found.deprecation) deprecationNotice(found.deprecation);
    if (!(found.policy.name in out) || !found.deprecation) out[found.policy.name] = value;
  }
  return out;
}

/**
 * Computes the per-policy settings for the selected policies: `settings` fanned out to each policy
 * whose schema declares the key, then `policyConfig` on top. The result is keyed by policy name in
 * the shape of the Pulumi CLI's `--policy-pack-config` file.
 */
export function resolvePolicySettings(
  policies: readonly RampartPolicy[],
  policyConfig: Record<string, PolicySetting<any> | undefined> = {},
  settings: Record<string, unknown> = {},
): Record<string, { enforcementLevel?: EnforcementLevel } & Record<string, unknown>> {
  const out: Record<string, { enforcementLevel?: EnforcementLevel } & Record<string, unknown>> = {};
  const names = new Set(policies.map((p) => p.name));
  policyConfig = byCurrentNames(policies, policyConfig);
  for (const key of Object.keys(policyConfig)) {
    if (!names.has(key)) throw new PolicyDefinitionError(key, "policyConfig names a policy that is not in the pack");
  }
  for (const p of policies) {
    const entry: { enforcementLevel?: EnforcementLevel } & Record<string, unknown> = {};
    // Every policy also takes `exemptions` (./exemptions), so it fans out like a shared setting.
    const props = engineConfigProperties(p);
    for (const [k, v] of Object.entries(settings)) if (k in props && v !== undefined) entry[k] = v;
    const s = policyConfig[p.name];
    if (typeof s === "string") entry.enforcementLevel = s;
    else if (s) {
      for (const [k, v] of Object.entries(s)) {
        if (v === undefined) continue;
        if (k !== "enforcementLevel" && !(k in props)) {
          throw new PolicyDefinitionError(p.name, `config key "${k}" is not in the policy's config schema`);
        }
        entry[k] = v;
      }
    }
    // The SDK reports an initial-config entry without a level as ADVISORY (enum 0), which the
    // Pulumi CLI then applies: every entry must carry the level, the policy's own by default.
    if (Object.keys(entry).length) out[p.name] = { enforcementLevel: p.enforcementLevel, ...entry };
  }
  return out;
}

/**
 * Builds everything `new PolicyPack` needs without starting the gRPC server (tests, the CLI).
 *
 * @throws PolicyDefinitionError on an invalid pack name, duplicate policy names, or settings for
 *   a policy or config key that does not exist.
 */
export function buildPolicyPack<const Ps extends readonly RampartPolicy<any, any>[]>(name: string, options: PolicyPackOptions<Ps>): BuiltPolicyPack {
  if (!PULUMI_NAME_PATTERN.test(name)) {
    throw new PolicyDefinitionError(name, "pack name must match ^[a-zA-Z0-9-_.]{1,100}$ (no @scope/)");
  }
  const seen = new Set<string>();
  for (const p of options.policies) {
    for (const n of [p.name, ...(p.aliases ?? [])]) {
      if (seen.has(n)) throw new PolicyDefinitionError(n, "duplicate policy name or alias in pack");
      seen.add(n);
    }
  }
  const selected = selectPolicies(options.policies as readonly RampartPolicy[], options.select);
  const selectedNames = new Set(selected.map((p) => p.name));
  const policyConfig = Object.fromEntries(
    Object.entries(byCurrentNames(options.policies, (options.policyConfig ?? {}) as Record<string, PolicySetting<any>>)).filter(([k]) => {
      if (!seen.has(k)) throw new PolicyDefinitionError(k, "policyConfig names a policy that is not in the pack");
      return selectedNames.has(k);
    }),
  );
  const initialConfig = resolvePolicySettings(selected, policyConfig, options.settings) as PolicyPackConfig;
  const pulumiPolicies: Policies = selected.map((p) => p.toPulumiPolicy((initialConfig as any)[p.name]));
  return {
    name,
    policies: selected,
    args: {
      policies: pulumiPolicies,
      description: options.description,
      enforcementLevel: options.enforcementLevel,
      tags: options.tags,
    },
    initialConfig,
  };
}

/**
 * Creates and serves the policy pack: call once, from the pack's entry module (the Pulumi CLI
 * starts that module with the pack folder as working directory; @pulumi/policy reads the version
 * from its package.json). Only one pack can be served per process.
 */
export function createPolicyPack<const Ps extends readonly RampartPolicy<any, any>[]>(name: string, options: PolicyPackOptions<Ps>): PolicyPack {
  const built = buildPolicyPack(name, options);
  return new PolicyPack(built.name, built.args, built.initialConfig);
}

/** The JSON Schema the Pulumi CLI validates a policy's config entry against (it adds enforcementLevel). */
export function policyConfigJsonSchema(p: RampartPolicy): Record<string, unknown> {
  return {
    type: "object",
    properties: {
      enforcementLevel: { type: "string", enum: ["advisory", "mandatory", "remediate", "disabled"] },
      ...engineConfigProperties(p),
    },
    additionalProperties: false,
  };
}
