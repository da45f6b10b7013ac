/**
 * The policies of the data-location pack and the pack's name and description. The list itself is generated
 * from the files in src/policies/ (src/generated/policies.ts, by tools/policy-registry.mjs; a test
 * fails when it is stale): adding a policy is adding its file and its fixtures.
 */
import { resolvePolicySettings } from "@rampart/policy-core";
import type { PolicySetting } from "@rampart/policy-core";
import type { DataLocationSettings } from "./config";
import { registry } from "./generated/policies";

/** Every policy of the pack, in file-name order. */
export const policies = registry;

/** The Pulumi policy pack name (`pulumi preview --policy-pack`, Pulumi Cloud). */
export const PACK_NAME = "data-location";
/** Description reported to the Pulumi CLI and Cloud. */
export const PACK_DESCRIPTION =
  "Data residency for Pulumi programs: resources, their data and their replicas stay inside allowed regions and jurisdictions on AWS, Azure and GCP.";

export type { AllowedRegions, DataLocationSettings, ResidencyConfig } from "./config";
export { RESIDENCY_CONFIG } from "./config";

/**
 * The content of a `--policy-pack-config` file for the data-location pack: the pack-level
 * `settings` (allowedRegions, allowedJurisdictions) written into every policy whose schema takes
 * them, plus per-policy `policyConfig` (an enforcement level, or a level and config values) on top.
 *
 * @returns an object keyed by policy name, e.g.
 *   `{ "aws-location-allowed-region": { allowedJurisdictions: ["EU"] }, ... }`.
 * @throws PolicyDefinitionError when `policyConfig` names a policy or config key the pack lacks.
 */
export function policyPackConfigFor(
  settings: DataLocationSettings,
  policyConfig: Record<string, PolicySetting<any> | undefined> = {},
): Record<string, Record<string, unknown>> {
  return resolvePolicySettings(policies, policyConfig, settings as Record<string, unknown>);
}

/** `policyPackConfigFor` as pretty-printed JSON, ready to write to a `--policy-pack-config` file. */
export function renderPolicyPackConfig(settings: DataLocationSettings, policyConfig: Record<string, PolicySetting<any> | undefined> = {}): string {
  return `${JSON.stringify(policyPackConfigFor(settings, policyConfig), null, 2)}\n`;
}
