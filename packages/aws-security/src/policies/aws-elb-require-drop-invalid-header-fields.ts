import { awsElb, requireKnown } from "@rampart/policy-core";
import { requireTrue } from "../lib/flags";
import { awsPolicy } from "../policy";

const dropsInvalidHeaders = requireTrue({
  path: "dropInvalidHeaderFields",
  message: "dropInvalidHeaderFields is not true, so requests with invalid header names reach the targets. Set it to true.",
});

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
  validateResource: (resource, report) => {
    const t = awsElb.loadBalancerType(resource.props);
    if (t.state === "unknown") requireKnown(resource.props, "loadBalancerType");
    if (t.state === "known" && t.value !== "application") return;
    dropsInvalidHeaders(resource, report);
  },
});
