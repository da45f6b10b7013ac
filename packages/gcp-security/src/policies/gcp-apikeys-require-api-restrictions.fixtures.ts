import { fixtures, unknown } from "@rampart/policy-testing";

const K = "gcp:projects/apiKey:ApiKey";

export default fixtures([
  {
    name: "key limited to Maps",
    expect: "pass",
    resource: {
      type: K,
      props: {
        name: "maps",
        restrictions: { apiTargets: [{ service: "maps-backend.googleapis.com" }], browserKeyRestrictions: { allowedReferrers: ["https://www.example.com/*"] } },
      },
    },
  },
  {
    name: "targets unknown during preview count as set",
    expect: "pass",
    resource: { type: K, props: { name: "maps", restrictions: { apiTargets: unknown() } } },
  },
  {
    name: "key without restrictions",
    expect: "violate",
    message: "restrictions.apiTargets is not set",
    resource: { type: K, props: { name: "maps", displayName: "Maps" } },
  },
  {
    name: "only application restrictions",
    expect: "violate",
    message: "every API enabled",
    resource: { type: K, props: { name: "maps", restrictions: { serverKeyRestrictions: { allowedIps: ["203.0.113.10"] } } } },
  },
  { name: "restrictions unknown during preview", expect: "unknown", resource: { type: K, props: { name: "maps", restrictions: unknown() } } },
  {
    name: "a service account key is not an API key",
    expect: "not-applicable",
    resource: { type: "gcp:serviceaccount/key:Key", props: { serviceAccountId: "a" } },
  },
]);
