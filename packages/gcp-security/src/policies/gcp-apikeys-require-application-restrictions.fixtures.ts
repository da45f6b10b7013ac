import { fixtures, unknown } from "@rampart/policy-testing";

const K = "gcp:projects/apiKey:ApiKey";

export default fixtures([
  {
    name: "browser key for one site",
    expect: "pass",
    resource: {
      type: K,
      props: {
        name: "web",
        restrictions: { browserKeyRestrictions: { allowedReferrers: ["https://www.example.com/*"] }, apiTargets: [{ service: "maps-backend.googleapis.com" }] },
      },
    },
  },
  {
    name: "server key for two addresses",
    expect: "pass",
    resource: { type: K, props: { name: "srv", restrictions: { serverKeyRestrictions: { allowedIps: ["203.0.113.10", "2001:db8::/64"] } } } },
  },
  {
    name: "android key",
    expect: "pass",
    resource: {
      type: K,
      props: {
        name: "app",
        restrictions: {
          androidKeyRestrictions: { allowedApplications: [{ packageName: "com.example.app", sha1Fingerprint: "1699466a142d4682a5f91b50fdf400f2358e2b0b" }] },
        },
      },
    },
  },
  { name: "no restrictions", expect: "violate", message: "restrictions has no browserKeyRestrictions", resource: { type: K, props: { name: "web" } } },
  {
    name: "any referrer",
    expect: "violate",
    message: "allowedReferrers.0 matches every website",
    resource: { type: K, props: { name: "web", restrictions: { browserKeyRestrictions: { allowedReferrers: ["*"] } } } },
  },
  {
    name: "any address",
    expect: "violate",
    message: "allowedIps.1 allows every address",
    resource: { type: K, props: { name: "srv", restrictions: { serverKeyRestrictions: { allowedIps: ["203.0.113.10", "0.0.0.0/0"] } } } },
  },
  { name: "restrictions unknown during preview", expect: "unknown", resource: { type: K, props: { name: "web", restrictions: unknown() } } },
  { name: "a network is not an API key", expect: "not-applicable", resource: { type: "gcp:compute/network:Network", props: {} } },
]);
