import { azurePolicy } from "../policy";
import { checkServerParameter, isOn, serverParameterTypes } from "../lib/server-parameters";

/**
 * PostgreSQL flexible servers should log checkpoints. Server parameter `log_checkpoints` (default on), set with a Configuration of the
 * server (`configurationName` "log_checkpoints", `value`).
 */
export default azurePolicy({
  name: "azure-postgresql-require-log-checkpoints",
  description: "PostgreSQL flexible servers should log checkpoints.",
  severity: "low",
  enforcementLevel: "advisory",
  remediationSteps: 'Remove the log_checkpoints Configuration (it is on by default) or set its value to "on".',
  url: "https://learn.microsoft.com/en-us/azure/postgresql/flexible-server/concepts-server-parameters",
  resourceTypes: serverParameterTypes("dbforpostgresql"),
  validateStack: ({ index }, report) => {
    checkServerParameter(index, report, {
      engine: "dbforpostgresql",
      parameter: "log_checkpoints",
      ok: isOn,
      defaultOk: true,
      bad: 'log_checkpoints is off on this server, so checkpoints are not logged. Set the Configuration\'s value to "on".',
    });
  },
});
