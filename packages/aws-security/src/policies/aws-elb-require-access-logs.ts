import { awsElb, peek, requireKnown, msg } from "@rampart/policy-core";
import { peekForVerdict } from "../lib/read";
import { awsPolicy } from "../policy";

/**
 * Application and Classic Load Balancers should write access logs to S3. ALB: `accessLogs.enabled`
 * true (default false, even with a bucket). Classic: an `accessLogs` block with `enabled` not
 * false (default true). Network Load Balancers are included with `includeNetwork` (their access
 * logs cover TLS listeners only); Gateway Load Balancers have none.
 */
export default awsPolicy({
  name: "aws-elb-require-access-logs",
  description: "Application and Classic Load Balancers should have access logging enabled.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    "Set accessLogs {bucket: <log bucket>, prefix: <name>, enabled: true} on the load balancer, with a bucket policy that lets Elastic Load Balancing write to it.",
  url: "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/enable-access-logging.html",
  resourceTypes: [...awsElb.LOAD_BALANCER_TYPES, awsElb.CLASSIC_LOAD_BALANCER_TYPE],
  config: {
    includeNetwork: {
      type: "boolean",
      description: "Also require access logs on Network Load Balancers.",
      default: false,
    },
  },
  validateResource: ({ type, props, config }, report) => {
    const logs = peek(props, "accessLogs");
    if (type === awsElb.CLASSIC_LOAD_BALANCER_TYPE) {
      if (logs.state === "unknown") requireKnown(props, "accessLogs");
      const enabled = peekForVerdict(props, "accessLogs.enabled");
      if (logs.state === "absent") report("accessLogs is not set. Add accessLogs with a bucket.");
      else if (enabled.state === "known" && enabled.value === false) report("accessLogs.enabled is false. Set it to true.");
      return;
    }
    const t = awsElb.loadBalancerType(props);
    if (t.state === "unknown") requireKnown(props, "loadBalancerType");
    if (t.state === "known" && !(t.value === "application" || (t.value === "network" && config.includeNetwork))) return;
    const enabled = peekForVerdict(props, "accessLogs.enabled");
    if (enabled.state !== "known" || enabled.value !== true) {
      report(msg`accessLogs.enabled is not true (it defaults to false even when a bucket is set). Set accessLogs.enabled to true with a bucket.`);
    }
  },
});
