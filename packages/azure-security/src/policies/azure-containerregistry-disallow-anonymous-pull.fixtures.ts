import { fixtures, unknown } from "@rampart/policy-testing";
import { ACR, ACR_BASE } from "../lib/data";

export default fixtures([
  { name: "registry with defaults", expect: "pass", resource: { type: ACR, props: ACR_BASE } },
  { name: "anonymous pull off", expect: "pass", resource: { type: ACR, props: { ...ACR_BASE, anonymousPullEnabled: false } } },
  {
    name: "anonymous pull on",
    expect: "violate",
    message: "anonymousPullEnabled is true",
    resource: { type: ACR, props: { ...ACR_BASE, anonymousPullEnabled: true } },
  },
  { name: "flag unknown during preview", expect: "unknown", resource: { type: ACR, props: { ...ACR_BASE, anonymousPullEnabled: unknown() } } },
  {
    name: "a Redis cache is not a registry",
    expect: "not-applicable",
    resource: { type: "azure-native:redis:Redis", props: { resourceGroupName: "rg", sku: { name: "Basic", family: "C", capacity: 0 } } },
  },
]);
