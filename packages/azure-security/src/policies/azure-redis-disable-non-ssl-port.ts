import { azurePolicy } from "../policy";
import { checkValue, notTrue } from "../lib/checks";
import { REDIS } from "../lib/data";

/** Redis caches must not open the plain-text port 6379 (`enableNonSslPort`, false by default). */
export default azurePolicy({
  name: "azure-redis-disable-non-ssl-port",
  description: "Azure Cache for Redis must accept TLS connections only (non-TLS port 6379 disabled).",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps: "Remove `enableNonSslPort: true` (off by default) or set it to false, and connect on TLS port 6380.",
  url: "https://learn.microsoft.com/en-us/azure/azure-cache-for-redis/cache-configure#access-ports",
  resourceTypes: [REDIS],
  validateResource: ({ props }, report) => {
    checkValue(props, report, {
      path: "enableNonSslPort",
      ok: notTrue,
      bad: "port 6379 accepts unencrypted connections, including the access key. Set it to false.",
    });
  },
});
