/**
 * The azure-security policy pack entry: the Pulumi CLI starts this module with the pack folder as
 * working directory. To compose your own pack from these policies, import
 * `@rampart/azure-security/policies` and call `createPolicyPack` from @rampart/policy-core.
 */
import { createPolicyPack } from "@rampart/policy-core";
import { PACK_DESCRIPTION, PACK_NAME, policies } from "./policies";

createPolicyPack(PACK_NAME, { policies, description: PACK_DESCRIPTION });
