/**
 * The azure-security pack's policy factory: every policy file is `export default azurePolicy({...})`.
 * Cloud and service come from the policy name, compliance controls from the pack's table
 * (src/controls.ts, looked up by name, merged with the framework catalogs of src/frameworks/).
 */
import { policyFactory } from "@rampart/policy-core";
import { controlsFor } from "./controls";

/** Defines a azure-security policy (see `policyFactory` of @rampart/policy-core). */
export const azurePolicy = policyFactory({ controls: controlsFor });
