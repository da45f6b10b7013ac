import { fixtures, unknown } from "@rampart/policy-testing";
import { REDIS, REDIS_BASE } from "../lib/data";

export default fixtures([
  {
    name: "Entra ID only",
    expect: "pass",
    resource: { type: REDIS, props: { ...REDIS_BASE, redisConfiguration: { aadEnabled: "true" }, disableAccessKeyAuthentication: true } },
  },
  { name: "cache with defaults", expect: "violate", message: "disableAccessKeyAuthentication is not set", resource: { type: REDIS, props: REDIS_BASE } },
  {
    name: "keys explicitly allowed",
    expect: "violate",
    message: "disableAccessKeyAuthentication is false",
    resource: { type: REDIS, props: { ...REDIS_BASE, disableAccessKeyAuthentication: false } },
  },
  { name: "flag unknown during preview", expect: "unknown", resource: { type: REDIS, props: { ...REDIS_BASE, disableAccessKeyAuthentication: unknown() } } },
  {
    name: "a registry is not a cache",
    expect: "not-applicable",
    resource: { type: "azure-native:containerregistry:Registry", props: { resourceGroupName: "rg", sku: { name: "Basic" } } },
  },
]);
