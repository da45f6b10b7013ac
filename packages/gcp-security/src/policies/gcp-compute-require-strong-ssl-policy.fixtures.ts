import { fixtures, unknown } from "@rampart/policy-testing";

const P = "gcp:compute/sSLPolicy:SSLPolicy";
const R = "gcp:compute/regionSslPolicy:RegionSslPolicy";
/** A CUSTOM-profile TLS 1.2 SSL policy with these cipher suites. */
const custom = (customFeatures: string[]) => ({ type: P, props: { name: "c", profile: "CUSTOM", minTlsVersion: "TLS_1_2", customFeatures } });

export default fixtures([
  { name: "modern with TLS 1.2", expect: "pass", resource: { type: P, props: { name: "tls12", profile: "MODERN", minTlsVersion: "TLS_1_2" } } },
  { name: "restricted", expect: "pass", resource: { type: R, props: { name: "restricted", region: "europe-west1", profile: "RESTRICTED" } } },
  {
    name: "custom without weak suites",
    expect: "pass",
    resource: custom(["TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256", "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384"]),
  },
  {
    name: "defaults (COMPATIBLE)",
    expect: "violate",
    message: 'profile is not set (the provider\'s default is "COMPATIBLE")',
    resource: { type: P, props: { name: "d" } },
  },
  {
    name: "modern with the default TLS 1.0",
    expect: "violate",
    message: 'minTlsVersion is not set (the provider\'s default is "TLS_1_0")',
    resource: { type: P, props: { name: "m", profile: "MODERN" } },
  },
  {
    name: "modern with TLS 1.1",
    expect: "violate",
    message: 'minTlsVersion is "TLS_1_1"',
    resource: { type: P, props: { name: "m", profile: "MODERN", minTlsVersion: "TLS_1_1" } },
  },
  {
    name: "custom with an RSA key exchange suite",
    expect: "violate",
    message: "customFeatures includes weak cipher suites (TLS_RSA_WITH_AES_128_GCM_SHA256)",
    resource: custom(["TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "TLS_RSA_WITH_AES_128_GCM_SHA256"]),
  },
  { name: "profile unknown during preview", expect: "unknown", resource: { type: P, props: { name: "u", profile: unknown(), minTlsVersion: "TLS_1_2" } } },
  { name: "a proxy is not a policy", expect: "not-applicable", resource: { type: "gcp:compute/targetHttpsProxy:TargetHttpsProxy", props: { urlMap: "m" } } },
]);
