import { peek } from "@rampart/policy-core";
import { checkValue } from "../lib/checks";
import { ingressCheck } from "../lib/ingress";
import { gcpPolicy } from "../policy";

const V1 = "gcp:cloudrun/service:Service";
const V2 = "gcp:cloudrunv2/service:Service";
const ANNOTATION = "run.googleapis.com/ingress";

/**
 * Cloud Run services should not accept traffic from the whole internet directly: v2 `ingress`
 * INGRESS_TRAFFIC_INTERNAL_ONLY or INGRESS_TRAFFIC_INTERNAL_LOAD_BALANCER; v1 annotation
 * `run.googleapis.com/ingress` "internal" or "internal-and-cloud-load-balancing". Omitted, both
 * allow all traffic. Advisory: public services are a legitimate use.
 */
export default gcpPolicy({
  name: "gcp-cloudrun-restrict-ingress",
  description: "Cloud Run services should restrict ingress to internal traffic or a load balancer (not all traffic).",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    'Set ingress to "INGRESS_TRAFFIC_INTERNAL_LOAD_BALANCER" (behind an external Application Load Balancer with Cloud Armor) or "INGRESS_TRAFFIC_INTERNAL_ONLY" on gcp.cloudrunv2.Service; for gcp.cloudrun.Service set metadata.annotations["run.googleapis.com/ingress"] to "internal-and-cloud-load-balancing" or "internal".',
  url: "https://cloud.google.com/run/docs/securing/ingress",
  resourceTypes: [V1, V2],
  validateResource: ({ type, props }, report) => {
    if (type === V2) {
      return checkValue(
        props,
        ingressCheck({
          path: "ingress",
          who: "service",
          defaultValue: "INGRESS_TRAFFIC_ALL",
          isBad: (v) => String(v).toUpperCase() === "INGRESS_TRAFFIC_ALL",
          fix: "Set ingress to INGRESS_TRAFFIC_INTERNAL_LOAD_BALANCER or INGRESS_TRAFFIC_INTERNAL_ONLY.",
        }),
        report,
      );
    }
    const anns = peek<Record<string, unknown>>(props, "metadata.annotations");
    const ing = anns.state === "known" ? peek<string>(anns.value, [ANNOTATION]) : anns;
    checkValue(
      props,
      ingressCheck({
        path: "metadata.annotations",
        shown: `metadata.annotations["${ANNOTATION}"]`,
        who: "service",
        defaultValue: "all",
        isBad: (v) => String(v).toLowerCase() === "all",
        fix: 'Set it to "internal-and-cloud-load-balancing" or "internal".',
      }),
      report,
      ing,
    );
  },
});
