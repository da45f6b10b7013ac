import { fixtures, unknown } from "@rampart/policy-testing";

const P = "gcp:dns/policy:Policy";

export default fixtures([
  { name: "logging on", expect: "pass", resource: { type: P, props: { enableLogging: true, networks: [{ networkUrl: "projects/p/global/networks/vpc" }] } } },
  {
    name: "logging omitted",
    expect: "violate",
    message: "enableLogging is not set",
    resource: { type: P, props: { enableInboundForwarding: true, networks: [{ networkUrl: "projects/p/global/networks/vpc" }] } },
  },
  { name: "logging off", expect: "violate", message: "enableLogging is false", resource: { type: P, props: { enableLogging: false } } },
  { name: "unknown during preview", expect: "unknown", resource: { type: P, props: { enableLogging: unknown() } } },
  { name: "a zone is not a DNS policy", expect: "not-applicable", resource: { type: "gcp:dns/managedZone:ManagedZone", props: { dnsName: "example.com." } } },
]);
