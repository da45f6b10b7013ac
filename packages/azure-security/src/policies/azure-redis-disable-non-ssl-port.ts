import { azurePolicy } from "../policy";
import { checkValue, noneOf, notTrue } from "../lib/checks";
import { REDIS, REDIS_ENTERPRISE_DB } from "../lib/data";

/**
 * Redis caches must not accept plain-text connections: Azure Cache for Redis `enableNonSslPort`
 * (port 6379, false by default); an Azure Managed Redis / Redis Enterprise database
 * `clientProtocol` "Plaintext" (the default is Encrypted, redisenterprise/database.d.ts).
 */
export default azurePolicy({
  name: "azure-redis-disable-non-ssl-port",
  description: "Azure Cache for Redis must accept TLS connections only (non-TLS port 6379 disabled).",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps:
    'Remove `enableNonSslPort: true` (off by default) or set it to false, and connect on TLS port 6380; on a redisenterprise.Database remove `clientProtocol: "Plaintext"` (Encrypted is the default).',
  url: "https://learn.microsoft.com/en-us/azure/azure-cache-for-redis/cache-configure#access-ports",
  resourceTypes: [REDIS, REDIS_ENTERPRISE_DB],
  validateResource: ({ type, props }, report) => {
    if (type === REDIS_ENTERPRISE_DB) {
      checkValue(props, report, {
        path: "clientProtocol",
        ok: noneOf("Plaintext"),
        bad: 'the database accepts unencrypted connections, including the access key. Set clientProtocol to "Encrypted" (the default) or remove it.',
      });
      return;
    }
    checkValue(props, report, {
      path: "enableNonSslPort",
      ok: notTrue,
      bad: "port 6379 accepts unencrypted connections, including the access key. Set it to false.",
    });
  },
});
