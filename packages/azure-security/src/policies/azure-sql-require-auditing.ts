import { azurePolicy } from "../policy";
import { checkCompanions } from "../lib/companions";
import { enabledStateVerdict, SQL_SERVER, serverLink } from "../lib/servers";

const AUDIT = ["azure-native:sql:ServerBlobAuditingPolicy", "azure-native:sql:ExtendedServerBlobAuditingPolicy"];

/**
 * Azure SQL servers should audit database events: a `sql:ServerBlobAuditingPolicy` or
 * `sql:ExtendedServerBlobAuditingPolicy` with `state` Enabled (auditing is off by default). A
 * disabled policy is a violation; a server with none in the stack gets an advisory.
 */
export default azurePolicy({
  name: "azure-sql-require-auditing",
  description: "Azure SQL servers should have server-level auditing enabled.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    'Add an azure-native.sql.ServerBlobAuditingPolicy (blobAuditingPolicyName "default") with `state: "Enabled"` and `isAzureMonitorTargetEnabled: true` (with a diagnostic setting to Log Analytics) or a `storageEndpoint`.',
  url: "https://learn.microsoft.com/en-us/azure/azure-sql/database/auditing-overview",
  resourceTypes: [SQL_SERVER, ...AUDIT],
  validateStack: ({ index }, report) => {
    checkCompanions(index, report, {
      ...serverLink(SQL_SERVER, AUDIT),
      verdict: (c) => enabledStateVerdict(c),
      bad: () => 'state is not "Enabled" on this server auditing policy, so database events are not audited. Set state to "Enabled".',
      missing: "The server has no server auditing policy in the stack, and auditing is off by default. Add a ServerBlobAuditingPolicy with state Enabled.",
    });
  },
});
