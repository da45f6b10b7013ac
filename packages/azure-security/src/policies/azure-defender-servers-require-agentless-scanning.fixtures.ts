import { fixtures, unknown } from "@rampart/policy-testing";
import { PRICING } from "../lib/defender";

const plan = (extra: Record<string, unknown> = {}) => ({
  type: PRICING,
  props: { scopeId: "/subscriptions/0000", pricingName: "VirtualMachines", pricingTier: "Standard", subPlan: "P2", ...extra },
});

export default fixtures([
  { name: "P2 with agentless scanning listed on", expect: "pass", resource: plan({ extensions: [{ name: "AgentlessVmScanning", isEnabled: "True" }] }) },
  { name: "P2 with the extension omitted (on by default)", expect: "pass", resource: plan() },
  { name: "sub-plan omitted (full plan)", expect: "pass", resource: plan({ subPlan: undefined }) },
  {
    name: "agentless scanning turned off",
    expect: "violate",
    message: 'AgentlessVmScanning has isEnabled "False"',
    resource: plan({ extensions: [{ name: "AgentlessVmScanning", isEnabled: "False" }] }),
  },
  { name: "Plan 1", expect: "violate", message: 'subPlan is "P1"', resource: plan({ subPlan: "P1" }) },
  {
    name: "extension state unknown during preview",
    expect: "unknown",
    resource: plan({ extensions: [{ name: "AgentlessVmScanning", isEnabled: unknown() }] }),
  },
  { name: "Servers plan off (reported by the plan policy)", expect: "pass", resource: plan({ pricingTier: "Free" }) },
  {
    name: "another plan",
    expect: "pass",
    resource: { type: PRICING, props: { scopeId: "/subscriptions/0000", pricingName: "KeyVaults", pricingTier: "Standard" } },
  },
  {
    name: "a security contact is not a plan",
    expect: "not-applicable",
    resource: { type: "azure-native:security:SecurityContact", props: { name: "default", emails: "x" } },
  },
]);
