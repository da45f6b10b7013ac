import { fixtures, unknown } from "@rampart/policy-testing";
import { REDIS, REDIS_BASE } from "../lib/data";
import { registryIsNot } from "../lib/data.fixtures-kit";

export default fixtures([
  { name: "private endpoint only", expect: "pass", resource: { type: REDIS, props: { ...REDIS_BASE, publicNetworkAccess: "Disabled" } } },
  {
    name: "VNet-injected Premium cache",
    expect: "pass",
    resource: {
      type: REDIS,
      props: {
        resourceGroupName: "rg",
        sku: { name: "Premium", family: "P", capacity: 1 },
        subnetId: "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v/subnets/redis",
      },
    },
  },
  { name: "cache with defaults", expect: "violate", message: "the cache has a public endpoint", resource: { type: REDIS, props: REDIS_BASE } },
  {
    name: "public access enabled",
    expect: "violate",
    message: "publicNetworkAccess is not Disabled",
    resource: { type: REDIS, props: { ...REDIS_BASE, publicNetworkAccess: "Enabled" } },
  },
  { name: "public access unknown during preview", expect: "unknown", resource: { type: REDIS, props: { ...REDIS_BASE, publicNetworkAccess: unknown() } } },
  registryIsNot("a cache"),
]);
