import { azurePolicy } from "../policy";
import { checkServerParameter, isOn, serverParameterTypes } from "../lib/server-parameters";

/**
 * PostgreSQL flexible servers should throttle repeated failed logins. Server parameter `connection_throttle.enable` (default off), set with a Configuration of the
 * server (`configurationName` "connection_throttle.enable", `value`).
 */
export default azurePolicy({
  name: "azure-postgresql-require-connection-throttling",
  description: "PostgreSQL flexible servers should throttle repeated failed logins.",
  severity: "low",
  enforcementLevel: "advisory",
  remediationSteps:
    'Add an azure-native.dbforpostgresql.Configuration for the server with `configurationName: "connection_throttle.enable"`, `value: "on"`, `source: "user-override"`.',
  url: "https://learn.microsoft.com/en-us/azure/postgresql/flexible-server/concepts-server-parameters",
  resourceTypes: serverParameterTypes("dbforpostgresql"),
  validateStack: ({ index }, report) => {
    checkServerParameter(index, report, {
      engine: "dbforpostgresql",
      parameter: "connection_throttle.enable",
      ok: isOn,
      defaultOk: false,
      bad: 'connection_throttle.enable is off on this server, so repeated failed logins are not throttled. Set the Configuration\'s value to "on".',
      missing: 'The server has no connection_throttle.enable Configuration in the stack, and it is off by default. Add a Configuration with value "on".',
    });
  },
});
