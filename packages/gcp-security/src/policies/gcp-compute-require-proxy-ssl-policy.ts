import { requiredPropertyPolicy } from "../lib/checks";

/**
 * HTTPS and SSL proxies should name an SSL policy: without `sslPolicy` the load balancer uses
 * Google's default SSL policy (profile COMPATIBLE, TLS 1.0), which allows weak cipher suites.
 * A policy that is set but unknown during preview counts as set.
 */
export default requiredPropertyPolicy({
  name: "gcp-compute-require-proxy-ssl-policy",
  description: "HTTPS and SSL proxy load balancers should attach an SSL policy (`sslPolicy`) instead of using Google's default (COMPATIBLE, TLS 1.0).",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    'Create a `gcp.compute.SSLPolicy` (regional proxies: `gcp.compute.RegionSslPolicy`) with `profile: "MODERN"` and `minTlsVersion: "TLS_1_2"`, and set its id as the proxy\'s `sslPolicy`.',
  url: "https://cloud.google.com/load-balancing/docs/use-ssl-policies",
  resourceTypes: [
    "gcp:compute/targetHttpsProxy:TargetHttpsProxy",
    "gcp:compute/regionTargetHttpsProxy:RegionTargetHttpsProxy",
    "gcp:compute/targetSSLProxy:TargetSSLProxy",
  ],
  path: "sslPolicy",
  ifAbsent:
    "sslPolicy is not set, so the proxy uses Google's default SSL policy (profile COMPATIBLE, minimum TLS 1.0), which allows weak cipher suites. Attach an SSL policy with MODERN and TLS 1.2.",
});
