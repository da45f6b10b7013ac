import { fixtures, unknown } from "@rampart/policy-testing";

const B = "gcp:compute/backendService:BackendService";

export default fixtures([
  {
    name: "external backend with Cloud Armor",
    expect: "pass",
    resource: { type: B, props: { protocol: "HTTPS", loadBalancingScheme: "EXTERNAL_MANAGED", securityPolicy: "web-waf" } },
  },
  { name: "internal backend", expect: "pass", resource: { type: B, props: { protocol: "HTTP", loadBalancingScheme: "INTERNAL_MANAGED" } } },
  { name: "policy unknown during preview counts as set", expect: "pass", resource: { type: B, props: { protocol: "HTTPS", securityPolicy: unknown() } } },
  {
    name: "defaults (external HTTP) without Cloud Armor",
    expect: "violate",
    message: "securityPolicy is not set",
    resource: { type: B, props: { healthChecks: "hc" } },
  },
  { name: "scheme unknown during preview", expect: "unknown", resource: { type: B, props: { protocol: "HTTPS", loadBalancingScheme: unknown() } } },
  {
    name: "a security policy is not a backend",
    expect: "not-applicable",
    resource: { type: "gcp:compute/securityPolicy:SecurityPolicy", props: { name: "waf" } },
  },
]);
