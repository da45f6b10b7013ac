/**
 * Environment detection: is a resource deployed to a production stack?
 *
 * Policies with environment-aware defaults (stricter limits outside production) decide per
 * resource with `isProduction`. @pulumi/policy 1.21 hands policies the stack tags
 * (`ResourceValidationArgs.stackTags`, from ConfigureStack) but not the stack name; the stack
 * name is the first part of every URN: `urn:pulumi:<stack>::<project>::<type>::<name>`.
 *
 * Both signals are configurable per policy (`ENVIRONMENT_CONFIG` adds the two properties to a
 * policy's config schema):
 * - `productionStackPattern`: a regular expression on the stack name;
 * - `productionTag`: a stack tag `<key>=<value>[|<value>...]` (values compared case-insensitively).
 * A stack is production when either matches. An empty setting disables that signal.
 */
import { PolicyConfigError } from "./types";
import type { ConfigSpec } from "./types";

/** Config properties that say which stacks are production. */
export interface EnvironmentConfig {
  /** Regular expression on the stack name; empty disables it. */
  productionStackPattern: string;
  /** Stack tag `<key>=<value>[|<value>...]` marking production; empty disables it. */
  productionTag: string;
}

/** Default stack-name pattern: `prod`, `production`, `prd`, `live`, optionally followed by `-x`, `_x` or `.x`. */
export const DEFAULT_PRODUCTION_STACK_PATTERN = "^(prod|production|prd|live)([-_.].*)?$";
/** Default production stack tag: `environment` is `production` or `prod`. */
export const DEFAULT_PRODUCTION_TAG = "environment=production|prod";

/** JSON-Schema properties for `EnvironmentConfig`, to spread into a policy's `config`. */
export const ENVIRONMENT_CONFIG: ConfigSpec<EnvironmentConfig> = {
  productionStackPattern: {
    type: "string",
    description:
      "Regular expression on the stack name (the <stack> of urn:pulumi:<stack>::...) that marks a production stack, where the production limits apply. Empty disables it.",
    default: DEFAULT_PRODUCTION_STACK_PATTERN,
  },
  productionTag: {
    type: "string",
    description:
      "Stack tag that marks a production stack, as <key>=<value>[|<value>...] (values compared case-insensitively), e.g. environment=production|prod. Empty disables it.",
    default: DEFAULT_PRODUCTION_TAG,
  },
};

/**
 * Error for an environment setting that cannot be used (an invalid regular expression or tag
 * spec). A PolicyConfigError: inside a policy it becomes one advisory finding, not a failed preview.
 */
export class EnvironmentConfigError extends PolicyConfigError {
  constructor(message: string) {
    super(message);
    this.name = "EnvironmentConfigError";
  }
}

/**
 * The stack name in a URN (`urn:pulumi:<stack>::<project>::...`), or `undefined` when `urn` is
 * not a Pulumi URN.
 */
export function stackNameOfUrn(urn: string | undefined): string | undefined {
  if (!urn || !urn.startsWith("urn:pulumi:")) return undefined;
  const rest = urn.slice("urn:pulumi:".length);
  const end = rest.indexOf("::");
  return end < 0 ? undefined : rest.slice(0, end);
}

const patternCache = new Map<string, RegExp>();
function compile(pattern: string): RegExp {
  let re = patternCache.get(pattern);
  if (!re) {
    try {
      re = new RegExp(pattern);
    } catch {
      throw new EnvironmentConfigError(`productionStackPattern ${JSON.stringify(pattern)} is not a valid regular expression`);
    }
    patternCache.set(pattern, re);
  }
  return re;
}

/** Parses `<key>=<value>[|<value>...]`; `undefined` for an empty spec. */
export function parseProductionTag(spec: string): { key: string; values: string[] } | undefined {
  const s = spec.trim();
  if (!s) return undefined;
  const eq = s.indexOf("=");
  if (eq <= 0) throw new EnvironmentConfigError(`productionTag ${JSON.stringify(spec)} must look like <key>=<value>[|<value>...]`);
  const values = s
    .slice(eq + 1)
    .split("|")
    .map((v) => v.trim().toLowerCase())
    .filter(Boolean);
  if (!values.length) throw new EnvironmentConfigError(`productionTag ${JSON.stringify(spec)} names no value`);
  return { key: s.slice(0, eq).trim(), values };
}

/**
 * Whether the stack of `where` is production: its stack name (from `urn`) matches
 * `productionStackPattern`, or its stack tag named by `productionTag` has one of the listed values.
 *
 * @param where the resource's URN (or any URN of the stack) and the stack tags.
 * @param config the policy's environment settings; missing settings use the defaults.
 * @throws EnvironmentConfigError for an invalid pattern or tag spec.
 */
export function isProduction(where: { urn?: string; stackTags?: ReadonlyMap<string, string> }, config: Partial<EnvironmentConfig> = {}): boolean {
  const pattern = config.productionStackPattern ?? DEFAULT_PRODUCTION_STACK_PATTERN;
  const stack = stackNameOfUrn(where.urn);
  if (pattern && stack !== undefined && compile(pattern).test(stack)) return true;
  const tag = parseProductionTag(config.productionTag ?? DEFAULT_PRODUCTION_TAG);
  if (tag && where.stackTags) {
    const v = where.stackTags.get(tag.key);
    if (v !== undefined && tag.values.includes(v.trim().toLowerCase())) return true;
  }
  return false;
}

/** `"production"` or `"non-production"`, for messages. */
export function environmentName(production: boolean): string {
  return production ? "production" : "non-production";
}
