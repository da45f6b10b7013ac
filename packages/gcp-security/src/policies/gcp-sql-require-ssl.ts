import { msg, peek, requireKnown, show } from "@rampart/policy-core";
import { SQL_INSTANCE } from "../lib/sql-flags";
import { gcpPolicy } from "../policy";

const GOOD = ["ENCRYPTED_ONLY", "TRUSTED_CLIENT_CERTIFICATE_REQUIRED"];

/**
 * Cloud SQL instances must reject unencrypted connections: `settings.ipConfiguration.sslMode`
 * `ENCRYPTED_ONLY` or `TRUSTED_CLIENT_CERTIFICATE_REQUIRED`. Omitted, the API's default is
 * `ALLOW_UNENCRYPTED_AND_ENCRYPTED` (gcp 9 has no `requireSsl` any more). An instance with
 * `settings.connectorEnforcement: "REQUIRED"` passes whatever its sslMode: it rejects every direct
 * connection, and the Cloud SQL Auth Proxy and connectors always encrypt.
 */
export default gcpPolicy({
  name: "gcp-sql-require-ssl",
  description: "Cloud SQL instances must require SSL/TLS for all incoming connections (sslMode ENCRYPTED_ONLY or TRUSTED_CLIENT_CERTIFICATE_REQUIRED).",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps:
    'Set settings.ipConfiguration.sslMode to "ENCRYPTED_ONLY" (or "TRUSTED_CLIENT_CERTIFICATE_REQUIRED" to also require client certificates; not supported for SQL Server) and connect with TLS, or set settings.connectorEnforcement to "REQUIRED" so only the Cloud SQL Auth Proxy and connectors (always encrypted) can connect.',
  url: "https://cloud.google.com/sql/docs/postgres/configure-ssl-instance",
  resourceTypes: [SQL_INSTANCE],
  validateResource: ({ props }, report) => {
    const mode = peek<string>(props, "settings.ipConfiguration.sslMode");
    if (mode.state === "known" && GOOD.includes(String(mode.value).toUpperCase())) return;
    const connectors = peek<string>(props, "settings.connectorEnforcement");
    if (connectors.state === "known" && String(connectors.value).toUpperCase() === "REQUIRED") return; // connectors only: always encrypted
    if (mode.state === "unknown") return requireKnown(props, "settings.ipConfiguration.sslMode");
    if (connectors.state === "unknown") return requireKnown(props, "settings.connectorEnforcement");
    if (mode.state === "absent") {
      report(
        "settings.ipConfiguration.sslMode is not set, so the instance accepts unencrypted connections (the API's default is ALLOW_UNENCRYPTED_AND_ENCRYPTED). Set sslMode to ENCRYPTED_ONLY (or settings.connectorEnforcement to REQUIRED).",
      );
      return;
    }
    if (!GOOD.includes(String(mode.value).toUpperCase())) {
      report(
        msg`settings.ipConfiguration.sslMode is ${show(mode.value)}, so the instance accepts unencrypted connections. Set sslMode to ENCRYPTED_ONLY (or settings.connectorEnforcement to REQUIRED).`,
      );
    }
  },
});
