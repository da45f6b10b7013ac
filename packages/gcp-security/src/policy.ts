/**
 * The gcp-security pack's policy factory: every policy file is `export default gcpPolicy({...})`.
 * Cloud and service come from the policy name, compliance controls from the pack's table
 * (src/controls.ts, looked up by name, merged with the framework catalogs of src/frameworks/).
 */
import { policyFactory } from "@rampart/policy-core";
import { controlsFor } from "./controls";

/** Defines a gcp-security policy (see `policyFactory` of @rampart/policy-core). */
export const gcpPolicy = policyFactory({ controls: controlsFor });
