import type { PolicyResource } from "@pulumi/policy";
import { msg, peek } from "@rampart/policy-core";
import { azurePolicy } from "../policy";
import { DIAGNOSTIC_SETTING, enabledLogs, hasDestination, idNames } from "../lib/monitor";

const VAULT = "azure-native:keyvault:Vault";

/** "yes" when the setting sends the vault's audit logs (category group audit/allLogs or category AuditEvent) to a destination. */
function auditsVault(s: PolicyResource): "yes" | "no" | "unknown" {
  if (!hasDestination(s.props)) return "no";
  const got = enabledLogs(s.props, ["audit", "AuditEvent"]);
  const states = [...got.values()];
  if (states.includes("yes")) return "yes";
  return states.includes("unknown") ? "unknown" : "no";
}

/**
 * Key vaults must have a diagnostic setting that exports their audit logs (category group audit or
 * allLogs, or category AuditEvent) to a destination. Stack policy: a `monitor:DiagnosticSetting`
 * is linked to its vault by `resourceUri` (the vault's id, or an id ending in
 * `/providers/Microsoft.KeyVault/vaults/<vaultName>`) or, during preview, by property dependency; advisory, because the setting may be deployed by another stack or by Azure Policy.
 */
export default azurePolicy({
  name: "azure-monitor-require-key-vault-diagnostic-logs",
  description: "Key vaults must send their audit logs to a Log Analytics workspace, storage account or event hub through a diagnostic setting.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    'Add `new azure_native.monitor.DiagnosticSetting(..., { resourceUri: vault.id, workspaceId, logs: [{ categoryGroup: "audit", enabled: true }, { categoryGroup: "allLogs", enabled: true }] })` for each key vault.',
  url: "https://learn.microsoft.com/en-us/azure/key-vault/general/logging",
  resourceTypes: [VAULT, DIAGNOSTIC_SETTING],
  validateStack: ({ index }, report) => {
    const links = index.companions({ targetTypes: [VAULT], companionTypes: [DIAGNOSTIC_SETTING], linkProperty: "resourceUri", targetKeys: ["id"] });
    for (const v of index.ofType(VAULT)) {
      const names = ["vaultName", "name"].map((k) => peek<unknown>(v.props, k)).flatMap((n) => (n.state === "known" ? [n.value] : []));
      const byName = links.external.filter((d) =>
        names.some((n) => idNames(peek<unknown>(d.props, "resourceUri").state === "known" ? d.props.resourceUri : undefined, "Microsoft.KeyVault/vaults", n)),
      );
      const states = [...(links.byTarget.get(v.urn) ?? []), ...byName].map(auditsVault);
      if (states.includes("yes")) continue;
      if (states.includes("unknown") || (states.length === 0 && links.unresolved.length > 0)) {
        report.unknown(msg`Key vault "${v.name}": whether a diagnostic setting exports its audit logs is not known yet.`, v.urn);
        continue;
      }
      report(
        states.length === 0
          ? msg`Key vault "${v.name}" has no monitor.DiagnosticSetting in the stack, so access to its keys and secrets is not logged. Add one with the audit category group and a destination.`
          : msg`Key vault "${v.name}": no diagnostic setting for it enables the audit (or allLogs) category group with a destination. Enable it and set workspaceId, storageAccountId or eventHubAuthorizationRuleId.`,
        v.urn,
      );
    }
  },
});
