import { azurePolicy } from "../policy";
import { checkServerParameter, serverParameterTypes } from "../lib/server-parameters";
import { strictTls12OrNewer } from "../lib/tls";

/**
 * PostgreSQL flexible servers must accept TLS 1.2 or later only. Server parameter `ssl_min_protocol_version` (default TLSv1.2), set with a Configuration of the
 * server (`configurationName` "ssl_min_protocol_version", `value`).
 */
export default azurePolicy({
  name: "azure-postgresql-require-tls12",
  description: "PostgreSQL flexible servers must accept TLS 1.2 or later only.",
  severity: "medium",
  enforcementLevel: "mandatory",
  remediationSteps: 'Remove the ssl_min_protocol_version Configuration (TLSv1.2 is the default) or set its value to "TLSv1.2" or "TLSv1.3".',
  url: "https://learn.microsoft.com/en-us/azure/postgresql/flexible-server/concepts-networking-ssl-tls",
  resourceTypes: serverParameterTypes("dbforpostgresql"),
  validateStack: ({ index }, report) => {
    checkServerParameter(index, report, {
      engine: "dbforpostgresql",
      parameter: "ssl_min_protocol_version",
      ok: strictTls12OrNewer,
      defaultOk: true,
      bad: 'ssl_min_protocol_version allows TLS versions older than 1.2 on this server. Set the Configuration\'s value to "TLSv1.2" or "TLSv1.3".',
    });
  },
});
