import { azurePolicy } from "../policy";
import { checkValue } from "../lib/checks";
import { tls12OrNewer } from "../lib/tls";
import { REDIS } from "../lib/data";

/**
 * Redis caches must require TLS 1.2 (`minimumTlsVersion`). TLS 1.0 and 1.1 are retired for Azure
 * Cache for Redis, so an omitted value (the service minimum, 1.2) passes; an explicit 1.0/1.1 is
 * reported as a retired value the API rejects, not as a TLS 1.0 exposure.
 */
export default azurePolicy({
  name: "azure-redis-require-tls12",
  description: "Azure Cache for Redis must require TLS 1.2 or newer.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps: 'Set `minimumTlsVersion: "1.2"` or remove it.',
  url: "https://learn.microsoft.com/en-us/azure/azure-cache-for-redis/cache-remove-tls-10-11",
  resourceTypes: [REDIS],
  validateResource: ({ props }, report) => {
    checkValue(props, report, {
      path: "minimumTlsVersion",
      ok: tls12OrNewer,
      bad: 'TLS 1.0 and 1.1 are retired for Azure Cache for Redis (the API rejects them since 1 March 2024 and the service accepts only TLS 1.2+ since 1 November 2024), so the deployment fails or the value is stale. Set "1.2" or remove it.',
    });
  },
});
