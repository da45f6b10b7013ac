/**
 * Application Gateway (`network:ApplicationGateway`, network/applicationGateway.d.ts) and its WAF
 * policy (`network:WebApplicationFirewallPolicy`, network/webApplicationFirewallPolicy.d.ts).
 */

/** Type token of an Application Gateway (azure-native 3). */
export const APP_GATEWAY = "azure-native:network:ApplicationGateway";
/** Type token of an Application Gateway WAF policy (azure-native 3). */
export const WAF_POLICY = "azure-native:network:WebApplicationFirewallPolicy";

/** Minimal gateway inputs for fixtures. */
export const APP_GATEWAY_BASE = { resourceGroupName: "rg", sku: { name: "WAF_v2", tier: "WAF_v2", capacity: 2 } };
/** Minimal WAF policy inputs for fixtures (OWASP 3.2 only). */
export const WAF_POLICY_BASE = {
  resourceGroupName: "rg",
  managedRules: { managedRuleSets: [{ ruleSetType: "OWASP", ruleSetVersion: "3.2" }] },
  policySettings: { state: "Enabled", mode: "Prevention" },
};
