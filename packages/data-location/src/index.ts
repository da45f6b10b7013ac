/**
 * The data-location policy pack entry: the Pulumi CLI starts this module with the pack folder as
 * working directory. Residency is configured per policy by the CLI (`--policy-pack-config`, see
 * `renderPolicyPackConfig`) or Pulumi Cloud; to compose your own pack with pack-level settings,
 * import `@rampart/data-location/policies` and call `createPolicyPack` from @rampart/policy-core
 * with `settings: { allowedJurisdictions: ["EU"] }`.
 */
import { createPolicyPack } from "@rampart/policy-core";
import { PACK_DESCRIPTION, PACK_NAME, policies } from "./policies";

createPolicyPack(PACK_NAME, { policies, description: PACK_DESCRIPTION, settings: {} });
