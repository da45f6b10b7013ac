import { peek, peekItems, requireKnown } from "@rampart/policy-core";
import { azurePolicy } from "../policy";
import { SECURITY_CONTACT } from "../lib/defender";

const SOURCES = [
  { type: "Alert", what: "security alerts", set: '{ sourceType: "Alert", minimalSeverity: "High" }' },
  { type: "AttackPath", what: "attack paths", set: '{ sourceType: "AttackPath", minimalRiskLevel: "Critical" }' },
] as const;

/**
 * A security contact must send email about alerts and attack paths: `notificationsSources`
 * with a sourceType Alert entry (minimalSeverity) and a sourceType AttackPath entry
 * (minimalRiskLevel). A contact without a source sends neither.
 */
export default azurePolicy({
  name: "azure-defender-require-alert-notifications",
  description: "Defender for Cloud security contacts must send email notifications for alerts and attack paths.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    'Set `notificationsSources: [{ sourceType: "Alert", minimalSeverity: "High" }, { sourceType: "AttackPath", minimalRiskLevel: "Critical" }]` on the security.SecurityContact (lower thresholds as your team can handle).',
  url: "https://learn.microsoft.com/en-us/azure/defender-for-cloud/configure-email-notifications",
  resourceTypes: [SECURITY_CONTACT],
  validateResource: ({ props }, report) => {
    const list = peekItems<unknown>(props, "notificationsSources");
    const types = list.known.map((s) => peek<unknown>(s, "sourceType"));
    const unknown = list.unknown || types.some((t) => t.state === "unknown");
    const missing = SOURCES.filter(
      (src) => !types.some((t) => t.state === "known" && typeof t.value === "string" && t.value.toLowerCase() === src.type.toLowerCase()),
    );
    if (missing.length === 0) return;
    if (unknown) return requireKnown(props, "notificationsSources");
    report(
      `notificationsSources has no ${missing.map((m) => m.type).join(" or ")} entry, so no email is sent about ${missing.map((m) => m.what).join(" or ")}. Add ${missing.map((m) => m.set).join(" and ")}.`,
    );
  },
});
