/**
 * Fixture builders for the Defender for Cloud policies (lib/defender.ts): the standard case list
 * that every "plan must be on" policy (azure-defender-require-<plan>-plan) is tested with.
 */
import { unknown, type Fixture } from "@rampart/policy-testing";
import { PRICING } from "./defender";

/** The subscription scope every plan fixture uses (`scopeId` of a `security:Pricing`). */
const scopeId = "/subscriptions/00000000-0000-0000-0000-000000000000";

/**
 * The cases of one Defender plan policy (checked by `checkPlan` of lib/defender.ts) for the plan
 * `plan` (its `pricingName`, e.g. "VirtualMachines"): on (Standard, also in lower case), Free
 * (violates, message `pricingTier is "Free" for the <plan> plan`), tier unknown, name unknown with
 * Free (unknown) and with Standard (pass), and `other` (another plan's name, default "Arm") set to
 * Free, which the policy leaves alone.
 */
export function planFixtures(plan: string, other = "Arm"): Fixture[] {
  const pricing = (pricingName: unknown, pricingTier: unknown) => ({ type: PRICING, props: { pricingName, pricingTier, scopeId } });
  return [
    { name: "plan on", expect: "pass", resource: pricing(plan, "Standard") },
    { name: "plan on, name in another case", expect: "pass", resource: pricing(plan.toLowerCase(), "standard") },
    { name: "plan set to Free", expect: "violate", message: `pricingTier is "Free" for the ${plan} plan`, resource: pricing(plan, "Free") },
    { name: "tier unknown during preview", expect: "unknown", resource: pricing(plan, unknown()) },
    { name: "plan name unknown and tier Free", expect: "unknown", resource: pricing(unknown(), "Free") },
    { name: "plan name unknown and tier Standard", expect: "pass", resource: pricing(unknown(), "Standard") },
    { name: "another plan set to Free is not this policy's concern", expect: "pass", resource: pricing(other, "Free") },
  ];
}
