import { msg, peek } from "@rampart/policy-core";
import { azurePolicy } from "../policy";
import { ACTIVITY_LOG_ALERT, alertLeaves } from "../lib/monitor";

/** The activity log alerts CIS Microsoft Azure Foundations Benchmark v6.0.0 6.1.2.1-6.1.2.11 asks for. */
const WANTED = [
  { label: "Create policy assignment", field: "operationname", value: "Microsoft.Authorization/policyAssignments/write" },
  { label: "Delete policy assignment", field: "operationname", value: "Microsoft.Authorization/policyAssignments/delete" },
  { label: "Create or update network security group", field: "operationname", value: "Microsoft.Network/networkSecurityGroups/write" },
  { label: "Delete network security group", field: "operationname", value: "Microsoft.Network/networkSecurityGroups/delete" },
  { label: "Create or update security solution", field: "operationname", value: "Microsoft.Security/securitySolutions/write" },
  { label: "Delete security solution", field: "operationname", value: "Microsoft.Security/securitySolutions/delete" },
  { label: "Create or update SQL server firewall rule", field: "operationname", value: "Microsoft.Sql/servers/firewallRules/write" },
  { label: "Delete SQL server firewall rule", field: "operationname", value: "Microsoft.Sql/servers/firewallRules/delete" },
  { label: "Create or update public IP address", field: "operationname", value: "Microsoft.Network/publicIPAddresses/write" },
  { label: "Delete public IP address", field: "operationname", value: "Microsoft.Network/publicIPAddresses/delete" },
  { label: "Service Health", field: "category", value: "ServiceHealth" },
] as const;

/**
 * The stack that manages the subscription's security alerts (it alerts on at least one of the operations below)
 * must alert on every operation the CIS benchmark lists: policy assignments, NSGs, security
 * solutions, SQL firewall rules and public IPs created/updated or deleted, and Service Health
 * events. One advisory on the stack names the missing ones. Stacks without an enabled alert on
 * one of those operations are not checked (a Service Health or resource alert of an application
 * stack does not make it the subscription's alerting stack). Disabled alerts (`enabled: false`)
 * do not count.
 */
export default azurePolicy({
  name: "azure-monitor-require-activity-log-alerts",
  description: "Activity log alerts must exist for the security-relevant operations the CIS benchmark lists, and for Service Health.",
  severity: "low",
  enforcementLevel: "advisory",
  remediationSteps:
    'Add a monitor.ActivityLogAlert per missing operation, scoped to the subscription, with `condition: { allOf: [{ field: "category", equals: "Administrative" }, { field: "operationName", equals: "<operation>" }] }` (Service Health: `{ field: "category", equals: "ServiceHealth" }`) and an action group.',
  url: "https://learn.microsoft.com/en-us/azure/azure-monitor/alerts/alerts-create-activity-log-alert-rule",
  resourceTypes: [ACTIVITY_LOG_ALERT],
  validateStack: ({ index, notApplicable }, report) => {
    const alerts = index.ofType(ACTIVITY_LOG_ALERT);
    if (alerts.length === 0) notApplicable("no activity log alert in this stack");
    const covered = new Set<string>();
    let unknown = false;
    for (const a of alerts) {
      const en = peek<unknown>(a.props, "enabled");
      if (en.state === "known" && en.value === false) continue;
      const c = alertLeaves(a.props);
      if (c.unknown || en.state === "unknown") unknown = true;
      for (const w of WANTED) if (c.leaves.some((l) => l.field === w.field && l.values.includes(w.value.toLowerCase()))) covered.add(w.value);
    }
    // Only Service Health or the application's own alerts: not the stack that manages the
    // subscription's security alerts.
    if (!unknown && !WANTED.some((w) => w.field === "operationname" && covered.has(w.value))) return;
    const missing = WANTED.filter((w) => !covered.has(w.value));
    if (missing.length === 0) return;
    const names = missing.map((m) => m.label).join("; ");
    if (unknown) report.unknown(msg`Activity log alerts may be missing for: ${names} (some alert conditions are not known yet).`);
    else report(msg`No enabled activity log alert in the stack covers: ${names}. Add a monitor.ActivityLogAlert for each.`);
  },
});
