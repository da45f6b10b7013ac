import { ENVIRONMENT_CONFIG, peek, requireKnown, msg } from "@rampart/policy-core";
import { costPolicy } from "../policy";
import { capConfig } from "../lib/cap";
import { limitFor } from "../lib/env";

const WS = "azure-native:operationalinsights:Workspace";
const TABLE = "azure-native:operationalinsights:Table";

/** Log Analytics retention must stay within the stack's cap. */
export default costPolicy({
  name: "azure-operationalinsights-log-retention",
  description:
    "Log Analytics workspaces and tables keep interactive retention (retentionInDays) at or below the stack's cap; retention beyond the included 31 days is billed per GB-month.",
  severity: "medium",
  remediationSteps:
    "Lower retentionInDays (workspace default 30) and keep long-term data in the cheaper archive tier with a table's totalRetentionInDays, or export it to a storage account; or raise maxRetentionDays / nonProductionMaxRetentionDays.",
  url: "https://learn.microsoft.com/azure/azure-monitor/logs/data-retention-configure",
  tags: ["logging"],
  resourceTypes: [WS, TABLE],
  config: {
    ...capConfig("maxRetentionDays", { what: "Longest interactive retention in days", minimum: 4, production: 90, nonProduction: 31 }),
    ...ENVIRONMENT_CONFIG,
  },
  validateResource: ({ props, config, urn, stackTags }, report) => {
    const r = peek<number>(props, "retentionInDays");
    if (r.state === "unknown") return requireKnown(props, "retentionInDays");
    // Absent: the workspace default of 30 days; -1 on a table: the workspace's retention.
    if (r.state !== "known" || typeof r.value !== "number" || r.value < 0) return;
    const cap = limitFor({ urn, stackTags }, config, "maxRetentionDays");
    if (r.value > cap.value)
      report(
        msg`retentionInDays is ${r.value}, above the ${cap.environment} cap ${cap.key} = ${cap.value}. Lower it (archive older data) or raise ${cap.key}.`,
      );
  },
});
