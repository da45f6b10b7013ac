import { msg, peek, requireKnown, show } from "@rampart/policy-core";
import { SQL_INSTANCE } from "../lib/sql-flags";
import { gcpPolicy } from "../policy";

const GOOD = ["ENCRYPTED_ONLY", "TRUSTED_CLIENT_CERTIFICATE_REQUIRED"];

/**
 * Cloud SQL instances must reject unencrypted connections: `settings.ipConfiguration.sslMode`
 * `ENCRYPTED_ONLY` or `TRUSTED_CLIENT_CERTIFICATE_REQUIRED`. Omitted, the API's default is
 * `ALLOW_UNENCRYPTED_AND_ENCRYPTED` (gcp 9 has no `requireSsl` any more).
 */
export default gcpPolicy({
  name: "gcp-sql-require-ssl",
  description: "Cloud SQL instances must require SSL/TLS for all incoming connections (sslMode ENCRYPTED_ONLY or TRUSTED_CLIENT_CERTIFICATE_REQUIRED).",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps:
    'Set settings.ipConfiguration.sslMode to "ENCRYPTED_ONLY" (or "TRUSTED_CLIENT_CERTIFICATE_REQUIRED" to also require client certificates; not supported for SQL Server) and connect through the Cloud SQL Auth Proxy or with TLS.',
  url: "https://cloud.google.com/sql/docs/postgres/configure-ssl-instance",
  resourceTypes: [SQL_INSTANCE],
  validateResource: ({ props }, report) => {
    const mode = peek<string>(props, "settings.ipConfiguration.sslMode");
    if (mode.state === "unknown") return requireKnown(props, "settings.ipConfiguration.sslMode");
    if (mode.state === "absent") {
      report(
        "settings.ipConfiguration.sslMode is not set, so the instance accepts unencrypted connections (the API's default is ALLOW_UNENCRYPTED_AND_ENCRYPTED). Set sslMode to ENCRYPTED_ONLY.",
      );
      return;
    }
    if (!GOOD.includes(String(mode.value).toUpperCase())) {
      report(msg`settings.ipConfiguration.sslMode is ${show(mode.value)}, so the instance accepts unencrypted connections. Set sslMode to ENCRYPTED_ONLY.`);
    }
  },
});
