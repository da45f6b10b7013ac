/**
 * Environment-aware limits: every such policy has a production value and a stricter
 * non-production value, plus @rampart/policy-core's `ENVIRONMENT_CONFIG` (which stacks are production);
 * and the body of a policy that flags one property on non-production stacks (`nonProductionRule`).
 */
import {
  ENVIRONMENT_CONFIG,
  environmentName,
  isProduction,
  peek,
  requireKnown,
  type EnvironmentConfig,
  type Peeked,
  type Report,
  type ResourceContext,
} from "@rampart/policy-core";

/** The limit that applies to the resource's stack, with the config key it came from, for messages. */
export interface Limit<T> {
  value: T;
  /** The config key holding the limit (`maxSize` or `nonProductionMaxSize`). */
  key: string;
  /** `production` or `non-production`. */
  environment: string;
  production: boolean;
}

/**
 * Picks `config[key]` on production stacks and `config[nonProduction<Key>]` elsewhere.
 * @param where the resource's URN and the stack tags (see `isProduction`).
 */
export function limitFor<C extends EnvironmentConfig, K extends keyof C & string>(
  where: { urn?: string; stackTags?: ReadonlyMap<string, string> },
  config: C,
  key: K,
): Limit<C[K]> {
  const production = isProduction(where, config);
  const npKey = `nonProduction${key[0].toUpperCase()}${key.slice(1)}`;
  const k = production ? key : npKey;
  return { value: (config as any)[k], key: k, environment: environmentName(production), production };
}

/**
 * The `config` and `validateResource` of a policy that flags one property on non-production stacks
 * only (Multi-AZ, regional HA, provisioned billing): production stacks pass; an unknown value at
 * `path` calls `requireKnown` (the SDK's preview advisory); otherwise `finding` words the problem
 * with the value read, or returns undefined when there is none. Spread it into `costPolicy({...})`.
 */
export function nonProductionRule<T>(path: string, finding: (value: Exclude<Peeked<T>, { state: "unknown" }>) => string | undefined) {
  return {
    config: { ...ENVIRONMENT_CONFIG },
    validateResource: ({ props, config, urn, stackTags }: ResourceContext<EnvironmentConfig>, report: Report): void => {
      if (isProduction({ urn, stackTags }, config)) return;
      const v = peek<T>(props, path);
      if (v.state === "unknown") return requireKnown(props, path);
      const problem = finding(v as Exclude<Peeked<T>, { state: "unknown" }>);
      if (problem) report(problem);
    },
  };
}
