import { fixtures, unknown } from "@rampart/policy-testing";

const M = "aws:apigateway/methodSettings:MethodSettings";
const base = { restApi: "api1", stageName: "prod", methodPath: "*/*" };

export default fixtures([
  { name: "encrypted cache", expect: "pass", resource: { type: M, props: { ...base, settings: { cachingEnabled: true, cacheDataEncrypted: true } } } },
  { name: "no caching", expect: "pass", resource: { type: M, props: { ...base, settings: { loggingLevel: "ERROR" } } } },
  {
    name: "unencrypted cache",
    expect: "violate",
    message: "settings.cacheDataEncrypted is not",
    resource: { type: M, props: { ...base, settings: { cachingEnabled: true } } },
  },
  {
    name: "encryption unknown",
    expect: "unknown",
    resource: { type: M, props: { ...base, settings: { cachingEnabled: true, cacheDataEncrypted: unknown() } } },
  },
]);
