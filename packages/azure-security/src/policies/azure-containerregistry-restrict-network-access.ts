import { isOpenCidr, peek, peekItems, requireKnown } from "@rampart/policy-core";
import { azurePolicy } from "../policy";
import { ACR, isPublicAccessOff } from "../lib/data";

/**
 * Container registries should not accept connections from every network: `publicNetworkAccess`
 * Disabled (private endpoints), or `networkRuleSet.defaultAction` Deny with IP rules (both Premium
 * only). By default public access is enabled with default action Allow.
 */
export default azurePolicy({
  name: "azure-containerregistry-restrict-network-access",
  description: "Container registries should restrict network access with private endpoints or a deny-by-default firewall.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    'On a Premium registry set `publicNetworkAccess: "Disabled"` and use a private endpoint, or `networkRuleSet: { defaultAction: "Deny", ipRules: [{ action: "Allow", iPAddressOrRange: "<your CIDR>" }] }`.',
  url: "https://learn.microsoft.com/en-us/azure/container-registry/container-registry-access-selected-networks",
  resourceTypes: [ACR],
  validateResource: ({ props }, report) => {
    const pna = peek<unknown>(props, "publicNetworkAccess");
    if (pna.state === "known" && isPublicAccessOff(pna.value)) return;
    const action = peek<unknown>(props, "networkRuleSet.defaultAction");
    if (action.state === "known" && typeof action.value === "string" && action.value.toLowerCase() === "deny") {
      const rules = peekItems<unknown>(props, "networkRuleSet.ipRules");
      if (
        rules.known.some((r) => {
          const c = peek<unknown>(r, "iPAddressOrRange");
          return c.state === "known" && isOpenCidr(c.value);
        })
      ) {
        if (pna.state === "unknown") return requireKnown(props, "publicNetworkAccess"); // Disabled would close it
        report("networkRuleSet.ipRules allows 0.0.0.0/0, so the firewall admits the whole internet. List only your own addresses.");
      }
      return;
    }
    if (pna.state === "unknown") return requireKnown(props, "publicNetworkAccess");
    if (action.state === "unknown") return requireKnown(props, "networkRuleSet.defaultAction");
    report(
      'publicNetworkAccess is not Disabled and networkRuleSet.defaultAction is not Deny (the defaults are Enabled and Allow), so the registry accepts connections from every network. Set publicNetworkAccess to "Disabled" or networkRuleSet.defaultAction to "Deny" with IP rules.',
    );
  },
});
