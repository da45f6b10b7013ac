import { fixtures, unknown } from "@rampart/policy-testing";

const H = "gcp:compute/targetHttpsProxy:TargetHttpsProxy";
const RH = "gcp:compute/regionTargetHttpsProxy:RegionTargetHttpsProxy";
const S = "gcp:compute/targetSSLProxy:TargetSSLProxy";

export default fixtures([
  {
    name: "https proxy with an SSL policy",
    expect: "pass",
    resource: { type: H, props: { urlMap: "web-map", sslCertificates: ["web-cert"], sslPolicy: "tls12-modern" } },
  },
  {
    name: "SSL policy unknown during preview counts as set",
    expect: "pass",
    resource: { type: RH, props: { region: "europe-west1", urlMap: "m", sslPolicy: unknown() } },
  },
  {
    name: "https proxy without an SSL policy",
    expect: "violate",
    message: "sslPolicy is not set",
    resource: { type: H, props: { urlMap: "web-map", sslCertificates: ["web-cert"] } },
  },
  {
    name: "SSL proxy without an SSL policy",
    expect: "violate",
    message: "COMPATIBLE",
    resource: { type: S, props: { backendService: "tcp-be", sslCertificates: ["c"] } },
  },
  { name: "an http proxy has no TLS", expect: "not-applicable", resource: { type: "gcp:compute/targetHttpProxy:TargetHttpProxy", props: { urlMap: "m" } } },
]);
