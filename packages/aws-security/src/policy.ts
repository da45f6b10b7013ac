/**
 * The aws-security pack's policy factory: every policy file is `export default awsPolicy({...})`.
 * Cloud and service come from the policy name, compliance controls from the pack's table
 * (src/controls.ts and the CIS AWS v5.0.0 catalog, looked up by name).
 */
import { policyFactory } from "@rampart/policy-core";
import { controlsFor } from "./controls";

/** Defines an aws-security policy (see `policyFactory` of @rampart/policy-core). */
export const awsPolicy = policyFactory({ controls: controlsFor });
