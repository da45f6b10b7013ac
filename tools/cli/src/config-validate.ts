/**
 * Validating a `--config` policy config file against the packs' policies as the Pulumi CLI does
 * before it configures a pack: each policy's config schema from GetAnalyzerInfo (`configSchema`:
 * properties and required), with `enforcementLevel` added as a property (a string, one of the
 * CLI's enforcement levels); a string entry is an enforcement level; `all` sets every policy's level.
 */
import type { AnalyzerInfo, PolicyPackConfigFile } from "@rampart/engine-client";
import { firstError, newAjv } from "./ajv";
import { InputError } from "./errors";

/** The enforcement levels a policy config may set. */
export const ENFORCEMENT_LEVELS = ["advisory", "mandatory", "remediate", "disabled"] as const;

/**
 * Checks `config` against every pack's policies.
 * @throws InputError with one line naming the policy and the property (`policy config: <policy>: <property> must be ...`).
 */
export function validatePolicyConfig(infos: readonly AnalyzerInfo[], config: PolicyPackConfigFile): void {
  const ajv = newAjv();
  const policies = new Map(infos.flatMap((i) => i.policies.map((p) => [p.name, p] as const)));
  const level = (v: unknown) => typeof v === "string" && (ENFORCEMENT_LEVELS as readonly string[]).includes(v);
  for (const [name, entry] of Object.entries(config)) {
    if (name === "all") {
      if (!level(entry)) throw new InputError(`policy config: all must be one of ${ENFORCEMENT_LEVELS.join(", ")}`);
      continue;
    }
    const policy = policies.get(name);
    if (!policy) continue; // unknown names are reported by the caller with the pack names
    if (typeof entry === "string") {
      if (!level(entry)) throw new InputError(`policy config: ${name}: enforcement level must be one of ${ENFORCEMENT_LEVELS.join(", ")} (got '${entry}')`);
      continue;
    }
    if (!entry || typeof entry !== "object" || Array.isArray(entry)) {
      throw new InputError(`policy config: ${name} must be an enforcement level or an object of properties`);
    }
    const schema = {
      type: "object",
      properties: { ...(policy.configSchema?.properties ?? {}), enforcementLevel: { type: "string", enum: [...ENFORCEMENT_LEVELS] } },
      required: policy.configSchema?.required ?? [],
    };
    let validate;
    try {
      validate = ajv.compile(schema);
    } catch (e) {
      throw new InputError(`policy ${name} has an invalid config schema: ${(e as Error).message.split("\n")[0]}`);
    }
    // Defaults fill in what the file leaves out, as the CLI merges them before validating.
    const withDefaults: Record<string, unknown> = {};
    for (const [k, s] of Object.entries(policy.configSchema?.properties ?? {})) {
      if (s && typeof s === "object" && "default" in (s as object)) withDefaults[k] = (s as { default: unknown }).default;
    }
    if (!validate({ ...withDefaults, ...entry })) throw new InputError(`policy config: ${name}: ${firstError(validate.errors)}`);
  }
}
