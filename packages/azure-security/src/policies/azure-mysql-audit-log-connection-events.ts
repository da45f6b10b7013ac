import { azurePolicy } from "../policy";
import { checkServerParameter, serverParameterTypes } from "../lib/server-parameters";

/**
 * MySQL flexible servers should audit connection events. Server parameter `audit_log_events` (default CONNECTION), set with a Configuration of the
 * server (`configurationName` "audit_log_events", `value`).
 */
export default azurePolicy({
  name: "azure-mysql-audit-log-connection-events",
  description: "MySQL flexible servers should audit connection events.",
  severity: "low",
  enforcementLevel: "advisory",
  remediationSteps: 'Remove the audit_log_events Configuration (CONNECTION is the default) or include CONNECTION in its value, e.g. "CONNECTION,DDL".',
  url: "https://learn.microsoft.com/en-us/azure/mysql/flexible-server/concepts-audit-logs",
  resourceTypes: serverParameterTypes("dbformysql"),
  validateStack: ({ index }, report) => {
    checkServerParameter(index, report, {
      engine: "dbformysql",
      parameter: "audit_log_events",
      ok: (v) => v.split(",").some((e) => e.trim().toUpperCase() === "CONNECTION"),
      defaultOk: true,
      bad: "audit_log_events does not include CONNECTION on this server, so logins are not audited. Add CONNECTION to the Configuration's value.",
    });
  },
});
