import { msg } from "@rampart/policy-core";
import { azurePolicy } from "../policy";
import { enabledLogs, hasDestination, SUBSCRIPTION_DIAGNOSTIC_SETTING } from "../lib/monitor";

const CATEGORIES = ["Administrative", "Alert", "Policy", "Security"] as const;

/**
 * A subscription activity log diagnostic setting must send the Administrative, Alert, Policy and
 * Security categories (or the allLogs group) to a destination. Whether a subscription has such a
 * setting at all cannot be seen from one stack, so only the settings the stack defines are checked.
 */
export default azurePolicy({
  name: "azure-monitor-require-activity-log-categories",
  description: "Subscription activity log diagnostic settings must export the Administrative, Alert, Policy and Security categories to a destination.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    'In the monitor.SubscriptionDiagnosticSetting set `logs: [{ category: "Administrative", enabled: true }, { category: "Alert", enabled: true }, { category: "Policy", enabled: true }, { category: "Security", enabled: true }]` and a `workspaceId` (or storageAccountId / eventHubAuthorizationRuleId).',
  url: "https://learn.microsoft.com/en-us/azure/azure-monitor/essentials/activity-log?tabs=powershell#send-to-log-analytics-workspace",
  resourceTypes: [SUBSCRIPTION_DIAGNOSTIC_SETTING],
  validateResource: ({ props }, report) => {
    if (!hasDestination(props))
      report(
        "None of workspaceId, storageAccountId, eventHubAuthorizationRuleId or marketplacePartnerId is set, so the activity log goes nowhere. Set a destination.",
      );
    const got = enabledLogs(props, CATEGORIES);
    const missing = CATEGORIES.filter((c) => got.get(c) === "no");
    if (missing.length) {
      report(msg`logs does not enable ${missing.join(", ")}, so those activity log events are not exported. Add { category, enabled: true } entries for them.`);
      return;
    }
    if (CATEGORIES.some((c) => got.get(c) === "unknown")) report.unknown("Which categories logs enables is not known yet.");
  },
});
