import { fixtures, unknown } from "@rampart/policy-testing";
import { PRICING } from "../lib/defender";

const scopeId = "/subscriptions/00000000-0000-0000-0000-000000000000";

export default fixtures([
  { name: "plan on", expect: "pass", resource: { type: PRICING, props: { pricingName: "Arm", pricingTier: "Standard", scopeId } } },
  { name: "plan on, name in another case", expect: "pass", resource: { type: PRICING, props: { pricingName: "arm", pricingTier: "standard", scopeId } } },
  {
    name: "plan set to Free",
    expect: "violate",
    message: 'pricingTier is "Free" for the Arm plan',
    resource: { type: PRICING, props: { pricingName: "Arm", pricingTier: "Free", scopeId } },
  },
  { name: "tier unknown during preview", expect: "unknown", resource: { type: PRICING, props: { pricingName: "Arm", pricingTier: unknown(), scopeId } } },
  { name: "plan name unknown and tier Free", expect: "unknown", resource: { type: PRICING, props: { pricingName: unknown(), pricingTier: "Free", scopeId } } },
  {
    name: "plan name unknown and tier Standard",
    expect: "pass",
    resource: { type: PRICING, props: { pricingName: unknown(), pricingTier: "Standard", scopeId } },
  },
  {
    name: "another plan set to Free is not this policy's concern",
    expect: "pass",
    resource: { type: PRICING, props: { pricingName: "KeyVaults", pricingTier: "Free", scopeId } },
  },
]);
