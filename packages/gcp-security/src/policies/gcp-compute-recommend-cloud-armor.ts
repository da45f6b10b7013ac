import { isSet } from "@rampart/policy-core";
import { backendServicePolicy } from "../lib/compute";

const EXTERNAL = new Set(["EXTERNAL", "EXTERNAL_MANAGED"]);

/** Backend services of external load balancers should have a Cloud Armor security policy (`securityPolicy`). */
export default backendServicePolicy({
  name: "gcp-compute-recommend-cloud-armor",
  description: "Backend services of external HTTP(S) load balancers should be protected by a Cloud Armor security policy (`securityPolicy`).",
  severity: "low",
  enforcementLevel: "advisory",
  remediationSteps:
    "Create a `gcp.compute.SecurityPolicy` (preconfigured WAF rules, rate limiting, adaptive protection) and set its id as the backend service's `securityPolicy`.",
  url: "https://cloud.google.com/armor/docs/security-policy-overview",
  applies: (scheme, protocol) => EXTERNAL.has(scheme) && ["HTTP", "HTTPS", "HTTP2"].includes(protocol),
  check: (props, report) => {
    if (!isSet(props, "securityPolicy")) {
      report(
        "securityPolicy is not set on this external HTTP(S) backend service, so no Cloud Armor WAF or rate-limiting rules filter its traffic. Attach a Cloud Armor security policy.",
      );
    }
  },
});
