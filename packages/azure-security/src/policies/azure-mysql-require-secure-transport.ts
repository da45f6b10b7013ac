import { azurePolicy } from "../policy";
import { checkServerParameter, isOn, serverParameterTypes } from "../lib/server-parameters";

/**
 * MySQL flexible servers must require TLS for client connections. Server parameter `require_secure_transport` (default ON), set with a Configuration of the
 * server (`configurationName` "require_secure_transport", `value`).
 */
export default azurePolicy({
  name: "azure-mysql-require-secure-transport",
  description: "MySQL flexible servers must require TLS for client connections.",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps: 'Remove the require_secure_transport Configuration (it is ON by default) or set its value to "ON".',
  url: "https://learn.microsoft.com/en-us/azure/mysql/flexible-server/concepts-networking#tls-and-ssl",
  resourceTypes: serverParameterTypes("dbformysql"),
  validateStack: ({ index }, report) => {
    checkServerParameter(index, report, {
      engine: "dbformysql",
      parameter: "require_secure_transport",
      ok: isOn,
      defaultOk: true,
      bad: 'require_secure_transport is OFF on this server, so clients can connect without TLS. Set the Configuration\'s value to "ON".',
    });
  },
});
