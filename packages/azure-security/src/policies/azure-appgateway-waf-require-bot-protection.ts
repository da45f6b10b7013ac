import { peekItems, requireKnown } from "@rampart/policy-core";
import { azurePolicy } from "../policy";
import { WAF_POLICY } from "../lib/appgw";

/** The managed rule set type of the WAF bot protection rules. */
const BOT_RULE_SET = "microsoft_botmanagerruleset";

/** Application Gateway WAF policies should include the bot manager managed rule set. */
export default azurePolicy({
  name: "azure-appgateway-waf-require-bot-protection",
  description: "Application Gateway WAF policies include the Microsoft_BotManagerRuleSet managed rule set (bot protection).",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps: 'Add `{ ruleSetType: "Microsoft_BotManagerRuleSet", ruleSetVersion: "1.1" }` to `managedRules.managedRuleSets` of the WAF policy.',
  url: "https://learn.microsoft.com/en-us/azure/web-application-firewall/ag/bot-protection",
  resourceTypes: [WAF_POLICY],
  validateResource: ({ props }, report) => {
    const sets = peekItems<{ ruleSetType?: unknown }>(props, "managedRules.managedRuleSets");
    let pending = sets.unknown;
    for (const s of sets.known) {
      const t = (s as Record<string, unknown> | undefined)?.ruleSetType;
      if (typeof t === "string" && t.toLowerCase() === BOT_RULE_SET) return;
      if (typeof t !== "string") pending = true;
    }
    if (pending) return requireKnown(props, "managedRules.managedRuleSets");
    report("managedRules.managedRuleSets has no Microsoft_BotManagerRuleSet entry: bot protection is off. Add the bot manager rule set (version 1.1).");
  },
});
