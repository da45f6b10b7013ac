import { msg, peek, show } from "@rampart/policy-core";
import { checkValue } from "../lib/checks";
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
        {
          path: "ingress",
          ifAbsent:
            "ingress is not set, so the service accepts traffic from the internet (the default is INGRESS_TRAFFIC_ALL). Set ingress to INGRESS_TRAFFIC_INTERNAL_LOAD_BALANCER or INGRESS_TRAFFIC_INTERNAL_ONLY.",
          isBad: (v) => String(v).toUpperCase() === "INGRESS_TRAFFIC_ALL",
          ifBad: (v) =>
            msg`ingress is ${show(v)}, so the service accepts traffic from the internet. Set ingress to INGRESS_TRAFFIC_INTERNAL_LOAD_BALANCER or INGRESS_TRAFFIC_INTERNAL_ONLY.`,
        },
        report,
      );
    }
    const anns = peek<Record<string, unknown>>(props, "metadata.annotations");
    const ing = anns.state === "known" ? peek<string>(anns.value, [ANNOTATION]) : anns;
    checkValue(
      props,
      {
        path: "metadata.annotations",
        ifAbsent: `metadata.annotations["${ANNOTATION}"] is not set, so the service accepts traffic from the internet (the default is all). Set it to "internal-and-cloud-load-balancing" or "internal".`,
        isBad: (v) => String(v).toLowerCase() === "all",
        ifBad: (v) =>
          msg`metadata.annotations["${ANNOTATION}"] is ${show(v)}, so the service accepts traffic from the internet. Set it to "internal-and-cloud-load-balancing" or "internal".`,
      },
      report,
      ing,
    );
  },
});
