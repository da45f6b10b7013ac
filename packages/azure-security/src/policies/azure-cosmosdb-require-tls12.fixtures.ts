import { fixtures, unknown } from "@rampart/policy-testing";
import { COSMOS, COSMOS_BASE } from "../lib/data";
import { registryIsNot } from "../lib/data.fixtures-kit";

export default fixtures([
  { name: "account with defaults (Tls12)", expect: "pass", resource: { type: COSMOS, props: COSMOS_BASE } },
  { name: "Tls12", expect: "pass", resource: { type: COSMOS, props: { ...COSMOS_BASE, minimalTlsVersion: "Tls12" } } },
  {
    name: "TLS 1.0",
    expect: "violate",
    message: 'minimalTlsVersion is "Tls"',
    resource: { type: COSMOS, props: { ...COSMOS_BASE, minimalTlsVersion: "Tls" } },
  },
  {
    name: "TLS 1.1",
    expect: "violate",
    message: 'minimalTlsVersion is "Tls11"',
    resource: { type: COSMOS, props: { ...COSMOS_BASE, minimalTlsVersion: "Tls11" } },
  },
  { name: "version unknown during preview", expect: "unknown", resource: { type: COSMOS, props: { ...COSMOS_BASE, minimalTlsVersion: unknown() } } },
  registryIsNot("a Cosmos DB account"),
]);
