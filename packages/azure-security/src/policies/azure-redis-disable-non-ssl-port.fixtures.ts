import { fixtures, unknown } from "@rampart/policy-testing";
import { REDIS, REDIS_BASE } from "../lib/data";

export default fixtures([
  { name: "cache with defaults", expect: "pass", resource: { type: REDIS, props: REDIS_BASE } },
  { name: "non-TLS port off", expect: "pass", resource: { type: REDIS, props: { ...REDIS_BASE, enableNonSslPort: false } } },
  {
    name: "non-TLS port on",
    expect: "violate",
    message: "enableNonSslPort is true",
    resource: { type: REDIS, props: { ...REDIS_BASE, enableNonSslPort: true } },
  },
  { name: "flag unknown during preview", expect: "unknown", resource: { type: REDIS, props: { ...REDIS_BASE, enableNonSslPort: unknown() } } },
  {
    name: "a registry is not a cache",
    expect: "not-applicable",
    resource: { type: "azure-native:containerregistry:Registry", props: { resourceGroupName: "rg", sku: { name: "Basic" } } },
  },
]);
