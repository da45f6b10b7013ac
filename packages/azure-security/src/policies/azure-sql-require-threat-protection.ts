import { azurePolicy } from "../policy";
import { checkCompanions } from "../lib/companions";
import { enabledStateVerdict, SQL_SERVER, serverLink } from "../lib/servers";

const ALERTS = "azure-native:sql:ServerSecurityAlertPolicy";

/**
 * Azure SQL servers should have Microsoft Defender for SQL threat detection: a
 * `sql:ServerSecurityAlertPolicy` with `state` Enabled. A disabled one is a violation; a server
 * with none in the stack gets an advisory (the Defender for SQL plan of the subscription may cover it).
 */
export default azurePolicy({
  name: "azure-sql-require-threat-protection",
  description: "Azure SQL servers should have Microsoft Defender for SQL threat detection (advanced threat protection) enabled.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    'Add an azure-native.sql.ServerSecurityAlertPolicy (securityAlertPolicyName "Default") with `state: "Enabled"` and `emailAccountAdmins: true`, or turn on the Defender for SQL plan of the subscription.',
  url: "https://learn.microsoft.com/en-us/azure/azure-sql/database/threat-detection-configure",
  resourceTypes: [SQL_SERVER, ALERTS],
  validateStack: ({ index }, report) => {
    checkCompanions(index, report, {
      ...serverLink(SQL_SERVER, [ALERTS]),
      verdict: (c) => enabledStateVerdict(c),
      bad: () =>
        'state is not "Enabled" on this ServerSecurityAlertPolicy, so SQL injection, brute force and anomalous access are not detected. Set state to "Enabled".',
      missing:
        "The server has no ServerSecurityAlertPolicy in the stack. Enable Defender for SQL threat detection on it (or make sure the subscription's Defender for SQL plan covers it).",
    });
  },
});
