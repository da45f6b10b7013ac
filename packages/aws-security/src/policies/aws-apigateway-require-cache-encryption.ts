import { peek, requireKnown } from "@rampart/policy-core";
import { awsPolicy } from "../policy";

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
  validateResource: ({ props }, report) => {
    const caching = peek<unknown>(props, "settings.cachingEnabled");
    const encrypted = peek<unknown>(props, "settings.cacheDataEncrypted");
    if (caching.state === "unknown") requireKnown(props, "settings.cachingEnabled");
    if (caching.state !== "known" || caching.value !== true) return;
    if (encrypted.state === "unknown") requireKnown(props, "settings.cacheDataEncrypted");
    if (encrypted.state === "known" && encrypted.value === true) return;
    report(
      "settings.cachingEnabled is true but settings.cacheDataEncrypted is not, so cached responses are stored unencrypted. Set settings.cacheDataEncrypted to true.",
    );
  },
});
