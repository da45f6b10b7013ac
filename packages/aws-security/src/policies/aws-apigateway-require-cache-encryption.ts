import { requireTrue } from "../lib/flags";
import { peekForVerdict } from "../lib/read";
import { awsPolicy } from "../policy";

const encrypted = requireTrue({
  path: "settings.cacheDataEncrypted",
  message:
    "settings.cachingEnabled is true but settings.cacheDataEncrypted is not, so cached responses are stored unencrypted. Set settings.cacheDataEncrypted to true.",
});

/**
 * REST API response caches must be encrypted: a MethodSettings with `settings.cachingEnabled`
 * true needs `settings.cacheDataEncrypted` true (default false).
 */
export default awsPolicy({
  name: "aws-apigateway-require-cache-encryption",
  description: "API Gateway REST API cache data must be encrypted at rest.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps: "Set settings.cacheDataEncrypted to true on every aws.apigateway.MethodSettings that sets settings.cachingEnabled to true.",
  url: "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-caching.html",
  resourceTypes: ["aws:apigateway/methodSettings:MethodSettings"],
  validateResource: (resource, report) => {
    const caching = peekForVerdict(resource.props, "settings.cachingEnabled");
    if (caching.state === "known" && caching.value === true) encrypted(resource, report);
  },
});
