import { msg, peek, requireKnown, show } from "@rampart/policy-core";
import { backendServicePolicy } from "../lib/compute";

const HTTP_PROTOCOLS = new Set(["HTTP", "HTTPS", "HTTP2", "GRPC", "H2C"]);

/**
 * Backend services of HTTP(S) load balancers (protocol HTTP, the provider's default, HTTPS, HTTP2,
 * gRPC, H2C) should log requests (`logConfig.enable: true`; off by default). Traffic Director
 * backends (`INTERNAL_SELF_MANAGED`) and TCP/SSL/UDP backends are not HTTP(S) load balancers.
 */
export default backendServicePolicy({
  name: "gcp-compute-require-backend-service-logging",
  description: "Backend services of HTTP(S) load balancers should have request logging enabled (`logConfig.enable: true`).",
  severity: "low",
  enforcementLevel: "advisory",
  remediationSteps: "Set `logConfig: { enable: true, sampleRate: 1 }` on the backend service.",
  url: "https://cloud.google.com/load-balancing/docs/https/https-logging-monitoring",
  applies: (scheme, protocol) => HTTP_PROTOCOLS.has(protocol) && scheme !== "INTERNAL_SELF_MANAGED",
  check: (props, report) => {
    const enable = peek<unknown>(props, "logConfig.enable");
    if (enable.state === "unknown") return requireKnown(props, "logConfig.enable");
    if (enable.state === "known" && enable.value === true) {
      const rate = peek<unknown>(props, "logConfig.sampleRate");
      if (rate.state === "known" && Number(rate.value) === 0)
        report(msg`logConfig.sampleRate is ${show(rate.value)}, so no requests are logged. Set sampleRate above 0 (1 logs every request).`);
      return;
    }
    report(
      `logConfig.enable is ${enable.state === "known" ? "false" : "not set (logging is off by default)"}, so requests to this HTTP(S) load balancer backend are not logged. Set logConfig.enable to true.`,
    );
  },
});
