import { azurePolicy } from "../policy";
import { checkServerParameter, isOn, serverParameterTypes } from "../lib/server-parameters";

/**
 * PostgreSQL flexible servers must require TLS for client connections. Server parameter `require_secure_transport` (default on), set with a Configuration of the
 * server (`configurationName` "require_secure_transport", `value`).
 */
export default azurePolicy({
  name: "azure-postgresql-require-secure-transport",
  description: "PostgreSQL flexible servers must require TLS for client connections.",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps: 'Remove the require_secure_transport Configuration (it is on by default) or set its value to "on".',
  url: "https://learn.microsoft.com/en-us/azure/postgresql/flexible-server/concepts-networking-ssl-tls",
  resourceTypes: serverParameterTypes("dbforpostgresql"),
  validateStack: ({ index }, report) => {
    checkServerParameter(index, report, {
      engine: "dbforpostgresql",
      parameter: "require_secure_transport",
      ok: isOn,
      defaultOk: true,
      bad: 'require_secure_transport is off on this server, so clients can connect without TLS. Set the Configuration\'s value to "on".',
    });
  },
});
