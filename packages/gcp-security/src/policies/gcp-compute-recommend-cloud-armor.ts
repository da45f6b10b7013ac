import { isSet, peek, requireKnown } from "@rampart/policy-core";
import { gcpPolicy } from "../policy";

const EXTERNAL = new Set(["EXTERNAL", "EXTERNAL_MANAGED"]);

/** Backend services of external load balancers should have a Cloud Armor security policy (`securityPolicy`). */
export default gcpPolicy({
  name: "gcp-compute-recommend-cloud-armor",
  description: "Backend services of external HTTP(S) load balancers should be protected by a Cloud Armor security policy (`securityPolicy`).",
  severity: "low",
  enforcementLevel: "advisory",
  remediationSteps:
    "Create a `gcp.compute.SecurityPolicy` (preconfigured WAF rules, rate limiting, adaptive protection) and set its id as the backend service's `securityPolicy`.",
  url: "https://cloud.google.com/armor/docs/security-policy-overview",
  resourceTypes: ["gcp:compute/backendService:BackendService"],
  validateResource: ({ props }, report) => {
    const scheme = peek<unknown>(props, "loadBalancingScheme");
    const protocol = peek<unknown>(props, "protocol");
    if (scheme.state === "unknown" || protocol.state === "unknown") {
      requireKnown(props);
      return;
    }
    const s = scheme.state === "known" ? String(scheme.value).toUpperCase() : "EXTERNAL";
    if (!EXTERNAL.has(s)) return;
    const p = protocol.state === "known" ? String(protocol.value).toUpperCase() : "HTTP";
    if (!["HTTP", "HTTPS", "HTTP2"].includes(p)) return;
    if (!isSet(props, "securityPolicy")) {
      report(
        "securityPolicy is not set on this external HTTP(S) backend service, so no Cloud Armor WAF or rate-limiting rules filter its traffic. Attach a Cloud Armor security policy.",
      );
    }
  },
});
