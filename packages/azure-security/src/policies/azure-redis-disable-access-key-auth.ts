import { azurePolicy } from "../policy";
import { checkValue, isTrue } from "../lib/checks";
import { REDIS } from "../lib/data";

/** Redis caches should authenticate with Microsoft Entra ID only (`disableAccessKeyAuthentication`, false by default). */
export default azurePolicy({
  name: "azure-redis-disable-access-key-auth",
  description: "Azure Cache for Redis should disable access-key authentication and use Microsoft Entra ID.",
  severity: "low",
  enforcementLevel: "advisory",
  remediationSteps:
    'Set `redisConfiguration: { aadEnabled: "true" }`, give the applications\' identities Redis access policy assignments, then set `disableAccessKeyAuthentication: true`.',
  url: "https://learn.microsoft.com/en-us/azure/azure-cache-for-redis/cache-azure-active-directory-for-authentication",
  resourceTypes: [REDIS],
  validateResource: ({ props }, report) => {
    checkValue(props, report, {
      path: "disableAccessKeyAuthentication",
      ok: isTrue,
      bad: "the shared access keys grant full access to the cache. Set it to true and use Entra ID.",
      absent: "the default is false, so the shared access keys grant full access to the cache. Set it to true and use Entra ID.",
    });
  },
});
