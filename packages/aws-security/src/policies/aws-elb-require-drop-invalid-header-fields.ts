import { awsElb, peek, requireKnown } from "@rampart/policy-core";
import { awsPolicy } from "../policy";

/**
 * Application Load Balancers should drop HTTP headers with invalid names
 * (`dropInvalidHeaderFields` true; default false). Network and Gateway Load Balancers are skipped.
 */
export default awsPolicy({
  name: "aws-elb-require-drop-invalid-header-fields",
  description: "Application Load Balancers should drop invalid HTTP header fields.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps: "Set dropInvalidHeaderFields to true on the application load balancer.",
  url: "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html#load-balancer-attributes",
  resourceTypes: awsElb.LOAD_BALANCER_TYPES,
  validateResource: ({ props }, report) => {
    const t = awsElb.loadBalancerType(props);
    if (t.state === "unknown") requireKnown(props, "loadBalancerType");
    if (t.state === "known" && t.value !== "application") return;
    const v = peek(props, "dropInvalidHeaderFields");
    if (v.state === "unknown") requireKnown(props, "dropInvalidHeaderFields");
    if (v.state !== "known" || v.value !== true)
      report("dropInvalidHeaderFields is not true, so requests with invalid header names reach the targets. Set it to true.");
  },
});
