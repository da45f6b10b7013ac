/**
 * `policyFactory`: the one way a pack writes its policies.
 *
 * A pack creates its factory once (e.g. `export const awsPolicy = policyFactory({ controls: CONTROLS })`
 * in `src/policy.ts`); each policy file then calls it with what only that policy knows. The factory
 * derives what the name already says — `cloud` and `service` are the first two segments of the
 * `<cloud>-<service>-<rule>` name — looks the policy's compliance controls up by name in the pack's
 * control table, and fills the pack's defaults (severity, enforcement level, leading tags) in one
 * place. The result is exactly what `definePolicy` would build from the full definition.
 */
import { definePolicy, PolicyMetadata, RampartPolicy, Report, ResourceContext, StackContext, StackReport } from "./define";
import { Cloud, ComplianceControl, ConfigSpec, EnforcementLevel, Severity } from "./types";

/** The fields the factory derives (from the name and the control table) or defaults. */
type FactoryFields = "cloud" | "service" | "controls" | "severity" | "enforcementLevel";

/** Metadata a policy written through a pack's factory gives itself. */
export interface FactoryPolicyMetadata<N extends string = string> extends Omit<PolicyMetadata<N>, FactoryFields> {
  /** Default: the pack's default severity (`defaults.severity`); required when the pack has none. */
  severity?: Severity;
  /** Default: the pack's default level (`defaults.enforcementLevel`); required when the pack has none. */
  enforcementLevel?: EnforcementLevel;
}

/** A resource validation policy as written through a pack's factory. */
export interface FactoryResourcePolicy<N extends string, C extends object> extends FactoryPolicyMetadata<N> {
  config?: ConfigSpec<C>;
  validateResource(resource: ResourceContext<C>, report: Report): void;
}

/** A stack validation policy as written through a pack's factory. */
export interface FactoryStackPolicy<N extends string, C extends object> extends FactoryPolicyMetadata<N> {
  config?: ConfigSpec<C>;
  validateStack(stack: StackContext<C>, report: StackReport): void;
}

/** What every policy of a pack shares unless it says otherwise. */
export interface PackPolicyDefaults {
  severity?: Severity;
  enforcementLevel?: EnforcementLevel;
  /** Tags put before each policy's own `tags` (e.g. `["cost"]`). */
  tags?: readonly string[];
}

/** How a pack's factory is set up. */
export interface PolicyFactoryOptions {
  /**
   * The pack's reviewed compliance mapping, policy name → controls, as a table or as a lookup
   * function (e.g. one that merges the table with a framework catalog). With either, a policy that
   * has no entry gets `controls: []`; without one, `controls` stays undefined.
   */
  controls?: Readonly<Record<string, readonly ComplianceControl[]>> | ((policyName: string) => readonly ComplianceControl[]);
  /** Defaults for every policy of the pack. */
  defaults?: PackPolicyDefaults;
}

/** A pack's policy factory: `definePolicy` with cloud, service, controls and defaults filled in. */
export type PolicyFactory = <const N extends string, C extends object = Record<string, never>>(
  def: FactoryResourcePolicy<N, C> | FactoryStackPolicy<N, C>,
) => RampartPolicy<N, C>;

/**
 * Creates a pack's policy factory.
 *
 * @param options the pack's control table and defaults.
 * @returns a function that defines one policy; it throws `PolicyDefinitionError` as `definePolicy`
 *   does (a name that is not `<cloud>-<service>-<rule>`, missing severity or level, ...).
 */
export function policyFactory(options: PolicyFactoryOptions = {}): PolicyFactory {
  const defaults = options.defaults ?? {};
  return ((def: FactoryResourcePolicy<string, object> | FactoryStackPolicy<string, object>) => {
    const [cloud, service] = String(def.name).split("-");
    const tags = [...(defaults.tags ?? []), ...(def.tags ?? [])];
    return definePolicy({
      ...def,
      cloud: cloud as Cloud,
      service: service ?? "",
      severity: (def.severity ?? defaults.severity) as Severity,
      enforcementLevel: (def.enforcementLevel ?? defaults.enforcementLevel) as EnforcementLevel,
      ...(options.controls ? { controls: controlsOf(options.controls, def.name) } : {}),
      ...(tags.length || def.tags ? { tags } : {}),
    } as Parameters<typeof definePolicy>[0]);
  }) as PolicyFactory;
}

function controlsOf(controls: NonNullable<PolicyFactoryOptions["controls"]>, name: string): readonly ComplianceControl[] {
  return typeof controls === "function" ? controls(name) : (controls[name] ?? []);
}
