import { fixtures, unknown } from "@rampart/policy-testing";
import { ACR, ACR_BASE } from "../lib/data";

export default fixtures([
  { name: "registry with defaults", expect: "pass", resource: { type: ACR, props: ACR_BASE } },
  { name: "admin user off", expect: "pass", resource: { type: ACR, props: { ...ACR_BASE, adminUserEnabled: false } } },
  { name: "admin user on", expect: "violate", message: "adminUserEnabled is true", resource: { type: ACR, props: { ...ACR_BASE, adminUserEnabled: true } } },
  { name: "flag unknown during preview", expect: "unknown", resource: { type: ACR, props: { ...ACR_BASE, adminUserEnabled: unknown() } } },
  {
    name: "a Redis cache is not a registry",
    expect: "not-applicable",
    resource: { type: "azure-native:redis:Redis", props: { resourceGroupName: "rg", sku: { name: "Basic", family: "C", capacity: 0 } } },
  },
]);
