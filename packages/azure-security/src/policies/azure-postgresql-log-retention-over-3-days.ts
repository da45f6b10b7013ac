import { azurePolicy } from "../policy";
import { checkServerParameter, serverParameterTypes } from "../lib/server-parameters";

/**
 * PostgreSQL flexible servers should keep server log files for more than 3 days. Server parameter `logfiles.retention_days` (default 3), set with a Configuration of the
 * server (`configurationName` "logfiles.retention_days", `value`).
 */
export default azurePolicy({
  name: "azure-postgresql-log-retention-over-3-days",
  description: "PostgreSQL flexible servers should keep server log files for more than 3 days.",
  severity: "low",
  enforcementLevel: "advisory",
  remediationSteps:
    'Add an azure-native.dbforpostgresql.Configuration for the server with `configurationName: "logfiles.retention_days"`, `value: "7"`, `source: "user-override"`.',
  url: "https://learn.microsoft.com/en-us/azure/postgresql/flexible-server/concepts-server-parameters",
  resourceTypes: serverParameterTypes("dbforpostgresql"),
  validateStack: ({ index }, report) => {
    checkServerParameter(index, report, {
      engine: "dbforpostgresql",
      parameter: "logfiles.retention_days",
      ok: (v) => Number(v) > 3,
      defaultOk: false,
      bad: "logfiles.retention_days is 3 days or less on this server, so server logs are deleted quickly. Set the Configuration's value to 4 to 7.",
      missing:
        "The server has no logfiles.retention_days Configuration in the stack, and the default keeps logs for 3 days. Add a Configuration with a value from 4 to 7.",
    });
  },
});
