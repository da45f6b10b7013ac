import { fixtures, unknown } from "@rampart/policy-testing";
import { WAF_POLICY, WAF_POLICY_BASE } from "../lib/appgw";

const withSets = (managedRuleSets: unknown) => ({ type: WAF_POLICY, props: { ...WAF_POLICY_BASE, managedRules: { managedRuleSets } } });

export default fixtures([
  {
    name: "OWASP and bot manager rule sets",
    expect: "pass",
    resource: withSets([
      { ruleSetType: "OWASP", ruleSetVersion: "3.2" },
      { ruleSetType: "Microsoft_BotManagerRuleSet", ruleSetVersion: "1.1" },
    ]),
  },
  { name: "OWASP only", expect: "violate", message: "no Microsoft_BotManagerRuleSet entry", resource: { type: WAF_POLICY, props: WAF_POLICY_BASE } },
  { name: "no rule sets", expect: "violate", message: "no Microsoft_BotManagerRuleSet entry", resource: withSets([]) },
  {
    name: "rule set type unknown during preview",
    expect: "unknown",
    resource: withSets([
      { ruleSetType: "OWASP", ruleSetVersion: "3.2" },
      { ruleSetType: unknown(), ruleSetVersion: "1.1" },
    ]),
  },
  { name: "rule set list unknown during preview", expect: "unknown", resource: withSets(unknown()) },
  {
    name: "a gateway is not a WAF policy",
    expect: "not-applicable",
    resource: { type: "azure-native:network:ApplicationGateway", props: { resourceGroupName: "rg" } },
  },
]);
