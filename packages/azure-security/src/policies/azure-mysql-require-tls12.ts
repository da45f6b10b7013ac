import { azurePolicy } from "../policy";
import { checkServerParameter, serverParameterTypes } from "../lib/server-parameters";
import { strictTls12OrNewer } from "../lib/tls";

/** Whether every version in a tls_version list ("TLSv1.2,TLSv1.3") is TLS 1.2 or later ("TLSv1" is 1.0). */
function tlsListAtLeast12(value: string): boolean {
  return value
    .split(",")
    .map((v) => v.trim())
    .filter(Boolean)
    .every((v) => strictTls12OrNewer(v));
}

/**
 * MySQL flexible servers must accept TLS 1.2 or later only. Server parameter `tls_version` (default TLSv1.2), set with a Configuration of the
 * server (`configurationName` "tls_version", `value`).
 */
export default azurePolicy({
  name: "azure-mysql-require-tls12",
  description: "MySQL flexible servers must accept TLS 1.2 or later only.",
  severity: "medium",
  enforcementLevel: "mandatory",
  remediationSteps: 'Remove the tls_version Configuration (TLSv1.2 is the default) or set its value to "TLSv1.2" or "TLSv1.2,TLSv1.3".',
  url: "https://learn.microsoft.com/en-us/azure/mysql/flexible-server/how-to-connect-tls-ssl",
  resourceTypes: serverParameterTypes("dbformysql"),
  validateStack: ({ index }, report) => {
    checkServerParameter(index, report, {
      engine: "dbformysql",
      parameter: "tls_version",
      ok: tlsListAtLeast12,
      defaultOk: true,
      bad: 'tls_version allows TLS versions older than 1.2 on this server. Set the Configuration\'s value to "TLSv1.2" (or "TLSv1.2,TLSv1.3").',
    });
  },
});
