import { msg, peek, requireKnown, show } from "@rampart/policy-core";
import { gcpPolicy } from "../policy";

/** Cipher suites CIS and Google list as weak (RSA key exchange, 3DES). */
const WEAK_FEATURES = new Set([
  "TLS_RSA_WITH_AES_128_GCM_SHA256",
  "TLS_RSA_WITH_AES_256_GCM_SHA384",
  "TLS_RSA_WITH_AES_128_CBC_SHA",
  "TLS_RSA_WITH_AES_256_CBC_SHA",
  "TLS_RSA_WITH_3DES_EDE_CBC_SHA",
]);
const MODERN_TLS = new Set(["TLS_1_2", "TLS_1_3"]);

/**
 * SSL policies of HTTPS and SSL proxy load balancers must not allow weak ciphers: profile
 * `RESTRICTED`, or `MODERN` / `CUSTOM` / `FIPS_202205` with `minTlsVersion` TLS 1.2 or later and
 * (for CUSTOM) no weak cipher suite. The provider's defaults (profile `COMPATIBLE`, `TLS_1_0`) fail.
 */
export default gcpPolicy({
  name: "gcp-compute-require-strong-ssl-policy",
  description: "SSL policies must use the RESTRICTED profile, or MODERN/CUSTOM with TLS 1.2 or later and no weak cipher suites.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    'Set `profile: "MODERN"` and `minTlsVersion: "TLS_1_2"` (or `profile: "RESTRICTED"`); with `CUSTOM`, remove the TLS_RSA_* and 3DES suites from `customFeatures`.',
  url: "https://cloud.google.com/load-balancing/docs/ssl-policies-concepts",
  resourceTypes: ["gcp:compute/sSLPolicy:SSLPolicy", "gcp:compute/regionSslPolicy:RegionSslPolicy"],
  validateResource: ({ props }, report) => {
    const profile = peek<unknown>(props, "profile");
    const minTls = peek<unknown>(props, "minTlsVersion");
    if (profile.state === "unknown" || minTls.state === "unknown") {
      requireKnown(props);
      return;
    }
    const p = profile.state === "known" ? String(profile.value).toUpperCase() : "COMPATIBLE";
    if (p === "RESTRICTED") return;
    if (p === "COMPATIBLE") {
      const how = profile.state === "known" ? 'is "COMPATIBLE"' : 'is not set (the provider\'s default is "COMPATIBLE")';
      report(`profile ${how}, which allows the widest set of cipher suites, including weak ones. Use "MODERN" with minTlsVersion "TLS_1_2", or "RESTRICTED".`);
      return;
    }
    const tls = minTls.state === "known" ? String(minTls.value).toUpperCase() : "TLS_1_0";
    if (!MODERN_TLS.has(tls)) {
      const how = minTls.state === "known" ? msg`is ${show(minTls.value)}` : 'is not set (the provider\'s default is "TLS_1_0")';
      report(`minTlsVersion ${how}, so clients can negotiate TLS 1.0/1.1 with weak ciphers. Set minTlsVersion to "TLS_1_2".`);
    }
    if (p === "CUSTOM") {
      const feats = peek<unknown>(props, "customFeatures");
      if (feats.state === "unknown") requireKnown(props, "customFeatures");
      if (feats.state === "known" && Array.isArray(feats.value)) {
        const weak = (feats.value as unknown[]).filter((f): f is string => typeof f === "string" && WEAK_FEATURES.has(f.toUpperCase()));
        if (weak.length) report(msg`customFeatures includes weak cipher suites (${weak.join(", ")}). Remove them.`);
      }
    }
  },
});
