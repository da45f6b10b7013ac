import { isSet, msg, peek, peekItems, requireKnown, show } from "@rampart/policy-core";
import { azurePolicy } from "../policy";
import { APP_GATEWAY } from "../lib/appgw";
import { isTrue } from "../lib/settings";

const WAF_TIERS = new Set(["waf", "waf_v2"]);

/** Application Gateways must run a WAF tier with the firewall on (a WAF policy, or the legacy in-gateway configuration enabled). */
export default azurePolicy({
  name: "azure-appgateway-require-waf",
  description: "Application Gateways use the WAF_v2 tier with a Web Application Firewall policy (or the built-in WAF configuration enabled).",
  severity: "high",
  enforcementLevel: "advisory",
  remediationSteps:
    'Set `sku: { name: "WAF_v2", tier: "WAF_v2" }` and attach a `network.WebApplicationFirewallPolicy` through `firewallPolicy: { id: policy.id }` (in Prevention mode).',
  url: "https://learn.microsoft.com/en-us/azure/web-application-firewall/ag/ag-overview",
  resourceTypes: [APP_GATEWAY],
  validateResource: ({ props }, report) => {
    const tier = peek<unknown>(props, "sku.tier");
    if (tier.state === "unknown") return requireKnown(props, "sku.tier");
    if (tier.state === "absent") {
      const name = peek<unknown>(props, "sku.name");
      if (name.state === "unknown") return requireKnown(props, "sku.name");
      if (name.state === "absent" || typeof name.value !== "string" || !/^waf/i.test(name.value))
        return report(
          msg`sku.tier is not set and sku.name is ${name.state === "known" ? show(name.value) : "not set"}: only the WAF and WAF_v2 tiers run a Web Application Firewall. Use the WAF_v2 SKU and attach a WAF policy.`,
        );
    } else if (typeof tier.value !== "string" || !WAF_TIERS.has(tier.value.toLowerCase())) {
      return report(
        msg`sku.tier is ${show(tier.value)}: only the WAF and WAF_v2 tiers run a Web Application Firewall. Use the WAF_v2 SKU and attach a WAF policy.`,
      );
    }
    const policy = peek<unknown>(props, "firewallPolicy");
    if (policy.state !== "absent") return; // set (or unknown: it will be set)
    // Per-site WAF policies on listeners also put the firewall in the path.
    const listeners = peekItems<unknown>(props, "httpListeners");
    if (listeners.unknown || listeners.known.some((l) => isSet(l, "firewallPolicy"))) return;
    const enabled = peek<unknown>(props, "webApplicationFirewallConfiguration.enabled");
    if (enabled.state === "unknown") return requireKnown(props, "webApplicationFirewallConfiguration.enabled");
    if (enabled.state === "known" && isTrue(enabled.value)) return;
    report(
      enabled.state === "known"
        ? msg`webApplicationFirewallConfiguration.enabled is ${show(enabled.value)} and no firewallPolicy is attached: the WAF tier runs with its firewall off. Attach a WAF policy through firewallPolicy.`
        : "neither firewallPolicy (on the gateway or a listener) nor webApplicationFirewallConfiguration is set: the WAF tier inspects nothing without a WAF policy. Attach a WAF policy through firewallPolicy.",
    );
  },
});
