import { peek, requireKnown } from "@rampart/policy-core";
import { azurePolicy } from "../policy";
import { sameText } from "../lib/settings";

/**
 * SQL server audit logs written to storage should be kept at least 90 days: `retentionDays` 0
 * (unlimited, the default) or 90 and more, when `state` is Enabled and a `storageEndpoint` is set.
 * Azure Monitor targets keep logs per their workspace's retention.
 */
export default azurePolicy({
  name: "azure-sql-audit-retention-90-days",
  description: "Azure SQL server audit logs in storage should be retained for at least 90 days.",
  severity: "low",
  enforcementLevel: "advisory",
  remediationSteps: "Set `retentionDays: 90` or more on the server auditing policy, or 0 (unlimited).",
  url: "https://learn.microsoft.com/en-us/azure/azure-sql/database/auditing-setup",
  resourceTypes: ["azure-native:sql:ServerBlobAuditingPolicy", "azure-native:sql:ExtendedServerBlobAuditingPolicy"],
  validateResource: ({ props }, report) => {
    const state = peek(props, "state");
    if (state.state === "known" && !sameText(state.value, "Enabled")) return;
    const endpoint = peek(props, "storageEndpoint");
    if (endpoint.state === "absent") return; // Azure Monitor targets keep logs per the workspace's retention
    const days = peek<number>(props, "retentionDays");
    if (days.state === "unknown") requireKnown(props, "retentionDays");
    const d = days.state === "known" ? Number(days.value) : 0;
    if (!(d > 0 && d < 90)) return;
    if (state.state === "unknown") requireKnown(props, "state");
    if (endpoint.state === "unknown") requireKnown(props, "storageEndpoint");
    report(
      "retentionDays is less than 90, so audit records in storage are deleted before an investigation may need them. Set retentionDays to 90 or more, or 0 for unlimited.",
    );
  },
});
