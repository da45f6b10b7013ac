/**
 * The cost-optimization pack's policy factory: every policy file is `export default costPolicy({...})`.
 * Cloud and service come from the policy name; the pack's defaults live here.
 */
import { policyFactory } from "@rampart/policy-core";

/** Defines a cost-optimization policy: advisory unless it says otherwise, tagged `cost` first. */
export const costPolicy = policyFactory({ defaults: { enforcementLevel: "advisory", tags: ["cost"] } });
