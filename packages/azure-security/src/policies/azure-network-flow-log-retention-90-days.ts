import { peek, requireKnown } from "@rampart/policy-core";
import { azurePolicy } from "../policy";
import { isFalse, isTrue } from "../lib/settings";

/**
 * NSG and virtual network flow logs (`azure-native:network:FlowLog`) should be on and keep records
 * for at least 90 days: `retentionPolicy.days` of 90 or more, or 0 (kept indefinitely, per the
 * Network Watcher docs) or no retention policy (nothing is deleted).
 */
export default azurePolicy({
  name: "azure-network-flow-log-retention-90-days",
  description: "Network security group and virtual network flow logs should be enabled and retained for at least 90 days.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps: "Set `enabled: true` and `retentionPolicy: { enabled: true, days: 90 }` (or more) on the FlowLog; 0 keeps records indefinitely.",
  url: "https://learn.microsoft.com/en-us/azure/network-watcher/vnet-flow-logs-overview",
  resourceTypes: ["azure-native:network:FlowLog"],
  validateResource: ({ props }, report) => {
    const enabled = peek(props, "enabled");
    if (enabled.state === "unknown") requireKnown(props, "enabled");
    if (enabled.state === "known" && isFalse(enabled.value)) {
      report("enabled is false, so the flow log records nothing. Set enabled to true.");
      return;
    }
    const on = peek(props, "retentionPolicy.enabled");
    if (on.state === "unknown") requireKnown(props, "retentionPolicy.enabled");
    if (!(on.state === "known" && isTrue(on.value))) return; // no retention policy: records are not deleted
    const days = peek<number>(props, "retentionPolicy.days");
    if (days.state === "unknown") requireKnown(props, "retentionPolicy.days");
    const d = days.state === "known" ? Number(days.value) : 0;
    if (d > 0 && d < 90)
      report(
        "retentionPolicy.days is less than 90, so flow records are deleted before an investigation may need them. Set retentionPolicy.days to 90 or more.",
      );
  },
});
