/**
 * The data-location pack's policy factory: every policy file is `export default locationPolicy({...})`.
 * Cloud and service come from the policy name; the pack's defaults live here.
 */
import { policyFactory } from "@rampart/policy-core";

/**
 * Defines a data-location policy: a resource outside the allowed regions is a high-severity,
 * mandatory finding unless the policy says otherwise; tagged `data-residency` first.
 */
export const locationPolicy = policyFactory({ defaults: { severity: "high", enforcementLevel: "mandatory", tags: ["data-residency"] } });
