/**
 * Environment-aware limits: every such policy has a production value and a stricter
 * non-production value, plus @rampart/policy-core's `ENVIRONMENT_CONFIG` (which stacks are production).
 */
import { environmentName, isProduction, type EnvironmentConfig } from "@rampart/policy-core";

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
