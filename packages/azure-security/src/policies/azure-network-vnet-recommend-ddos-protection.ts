import { isSet, msg, peek, requireKnown, show } from "@rampart/policy-core";
import { azurePolicy } from "../policy";
import { isTrue } from "../lib/settings";

const VNET = "azure-native:network:VirtualNetwork";

/**
 * Virtual networks should be covered by Azure DDoS Network Protection: `enableDdosProtection: true`
 * with a `ddosProtectionPlan` (default: off, only the infrastructure-level basic protection).
 * Advisory: a plan has a fixed monthly cost and is meant for networks with public endpoints.
 */
export default azurePolicy({
  name: "azure-network-vnet-recommend-ddos-protection",
  description: "Virtual networks enable Azure DDoS Network Protection through a DDoS protection plan.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    "Create an azure-native.network.DdosProtectionPlan (one can cover many VNets) and set `ddosProtectionPlan: { id: plan.id }` and `enableDdosProtection: true` on the virtual network.",
  url: "https://learn.microsoft.com/en-us/azure/ddos-protection/ddos-protection-overview",
  resourceTypes: [VNET],
  validateResource: ({ props }, report) => {
    const on = peek<unknown>(props, "enableDdosProtection");
    if (on.state === "unknown") return requireKnown(props, "enableDdosProtection");
    if (on.state === "absent")
      return report("enableDdosProtection is not set: DDoS Network Protection is off by default. Attach a DDoS protection plan and set it to true.");
    if (!isTrue(on.value))
      return report(msg`enableDdosProtection is ${show(on.value)}: DDoS Network Protection is off. Attach a DDoS protection plan and set it to true.`);
    if (!isSet(props, "ddosProtectionPlan.id"))
      report(
        "enableDdosProtection is true but ddosProtectionPlan is not set: protection requires a plan. Set ddosProtectionPlan to a DDoS protection plan's id.",
      );
  },
});
