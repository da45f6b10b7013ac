import { fixtures, unknown } from "@rampart/policy-testing";
import { PRICING } from "../lib/defender";

const plan = (extra: Record<string, unknown> = {}) => ({
  type: PRICING,
  props: { scopeId: "/subscriptions/0000", pricingName: "VirtualMachines", pricingTier: "Standard", subPlan: "P2", ...extra },
});

export default fixtures([
  {
    name: "P2 with FIM on",
    expect: "pass",
    resource: plan({
      extensions: [
        { name: "AgentlessVmScanning", isEnabled: "True" },
        { name: "FileIntegrityMonitoring", isEnabled: "True" },
      ],
    }),
  },
  {
    name: "FIM turned off",
    expect: "violate",
    message: 'FileIntegrityMonitoring has isEnabled "False"',
    resource: plan({ extensions: [{ name: "FileIntegrityMonitoring", isEnabled: "False" }] }),
  },
  { name: "Plan 1", expect: "violate", message: 'subPlan is "P1"', resource: plan({ subPlan: "P1" }) },
  { name: "FIM not listed", expect: "advisory", message: "extensions does not list FileIntegrityMonitoring", resource: plan() },
  { name: "extension list unknown during preview", expect: "unknown", resource: plan({ extensions: unknown() }) },
  { name: "sub-plan unknown during preview", expect: "unknown", resource: plan({ subPlan: unknown() }) },
  { name: "Servers plan off (reported by the plan policy)", expect: "pass", resource: plan({ pricingTier: "Free" }) },
  {
    name: "a security contact is not a plan",
    expect: "not-applicable",
    resource: { type: "azure-native:security:SecurityContact", props: { name: "default", emails: "x" } },
  },
]);
