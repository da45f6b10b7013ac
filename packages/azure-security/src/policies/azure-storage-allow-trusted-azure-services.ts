import { peek, requireKnown } from "@rampart/policy-core";
import { azurePolicy } from "../policy";
import { sameText } from "../lib/settings";

/**
 * When the account's firewall denies by default, trusted Azure services (Backup, Monitor, Defender)
 * should still reach it: `networkRuleSet.bypass` must include AzureServices (its default).
 */
export default azurePolicy({
  name: "azure-storage-allow-trusted-azure-services",
  description: "Storage accounts that deny network access by default should let trusted Microsoft services through the firewall.",
  severity: "low",
  enforcementLevel: "advisory",
  remediationSteps: 'Set `networkRuleSet.bypass` to "AzureServices" (optionally with "Logging, Metrics"), or leave it out: AzureServices is the default.',
  url: "https://learn.microsoft.com/en-us/azure/storage/common/storage-network-security#grant-access-to-trusted-azure-services",
  resourceTypes: ["azure-native:storage:StorageAccount"],
  validateResource: ({ props }, report) => {
    const action = peek<string>(props, "networkRuleSet.defaultAction");
    if (action.state !== "known" || !sameText(action.value, "Deny")) return; // without a deny-by-default firewall there is nothing to bypass
    const bypass = peek<string>(props, "networkRuleSet.bypass");
    if (bypass.state === "unknown") requireKnown(props, "networkRuleSet.bypass");
    if (bypass.state !== "known") return;
    const parts = String(bypass.value)
      .split(",")
      .map((s) => s.trim().toLowerCase());
    if (!parts.includes("azureservices")) {
      report(
        'networkRuleSet.bypass does not include AzureServices, so trusted Microsoft services (backup, monitoring, Defender) cannot reach the account. Add "AzureServices" to networkRuleSet.bypass.',
      );
    }
  },
});
