import { azurePolicy } from "../policy";
import { checkServerParameter, isOn, serverParameterTypes } from "../lib/server-parameters";

/**
 * MySQL flexible servers should have the audit log enabled. Server parameter `audit_log_enabled` (default OFF), set with a Configuration of the
 * server (`configurationName` "audit_log_enabled", `value`).
 */
export default azurePolicy({
  name: "azure-mysql-require-audit-log",
  description: "MySQL flexible servers should have the audit log enabled.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    'Add an azure-native.dbformysql.Configuration for the server with `configurationName: "audit_log_enabled"`, `value: "ON"`, `source: "user-override"`, and send the MySqlAuditLogs category to Log Analytics.',
  url: "https://learn.microsoft.com/en-us/azure/mysql/flexible-server/concepts-audit-logs",
  resourceTypes: serverParameterTypes("dbformysql"),
  validateStack: ({ index }, report) => {
    checkServerParameter(index, report, {
      engine: "dbformysql",
      parameter: "audit_log_enabled",
      ok: isOn,
      defaultOk: false,
      bad: 'audit_log_enabled is OFF on this server, so connections and queries are not audited. Set the Configuration\'s value to "ON".',
      missing: 'The server has no audit_log_enabled Configuration in the stack, and the audit log is OFF by default. Add a Configuration with value "ON".',
    });
  },
});
