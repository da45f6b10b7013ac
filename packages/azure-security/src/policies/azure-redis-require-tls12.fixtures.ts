import { fixtures, unknown } from "@rampart/policy-testing";
import { REDIS, REDIS_BASE } from "../lib/data";
import { registryIsNot } from "../lib/data.fixtures-kit";

export default fixtures([
  { name: "cache with defaults", expect: "pass", resource: { type: REDIS, props: REDIS_BASE } },
  { name: "TLS 1.2", expect: "pass", resource: { type: REDIS, props: { ...REDIS_BASE, minimumTlsVersion: "1.2" } } },
  { name: "TLS 1.0", expect: "violate", message: 'minimumTlsVersion is "1.0"', resource: { type: REDIS, props: { ...REDIS_BASE, minimumTlsVersion: "1.0" } } },
  { name: "TLS 1.1", expect: "violate", message: 'minimumTlsVersion is "1.1"', resource: { type: REDIS, props: { ...REDIS_BASE, minimumTlsVersion: "1.1" } } },
  {
    name: "TLS 1.0 reported as retired, not as an exposure",
    expect: "violate",
    message: "the API rejects them",
    resource: { type: REDIS, props: { ...REDIS_BASE, minimumTlsVersion: "1.0" } },
  },
  { name: "version unknown during preview", expect: "unknown", resource: { type: REDIS, props: { ...REDIS_BASE, minimumTlsVersion: unknown() } } },
  registryIsNot("a cache"),
]);
