import { peek, requireKnown } from "@rampart/policy-core";
import { azurePolicy } from "../policy";
import { strictTls12OrNewer } from "../lib/tls";
import { SQL_SERVER } from "../lib/servers";

/**
 * Azure SQL servers must refuse TLS 1.0 and 1.1 (`minimalTlsVersion` "1.2" or "1.3"; "None",
 * "1.0" and "1.1" allow older versions). Omitted leaves it to the service's default, which the
 * SDK does not document: an advisory asks to set it explicitly.
 */
export default azurePolicy({
  name: "azure-sql-require-tls12",
  description: "Azure SQL servers must require TLS 1.2 or later for client connections.",
  severity: "medium",
  enforcementLevel: "mandatory",
  remediationSteps: 'Set `minimalTlsVersion: "1.2"` (or "1.3") on the server.',
  url: "https://learn.microsoft.com/en-us/azure/azure-sql/database/connectivity-settings#minimal-tls-version",
  resourceTypes: [SQL_SERVER],
  validateResource: ({ props }, report) => {
    const v = peek<string>(props, "minimalTlsVersion");
    if (v.state === "unknown") requireKnown(props, "minimalTlsVersion");
    if (v.state === "absent") {
      report.advisory('minimalTlsVersion is not set, so the server uses the service default. Set minimalTlsVersion to "1.2" explicitly.');
      return;
    }
    if (v.state === "known" && !strictTls12OrNewer(v.value))
      report('minimalTlsVersion allows TLS versions older than 1.2 ("None", "1.0" or "1.1"). Set minimalTlsVersion to "1.2".');
  },
});
