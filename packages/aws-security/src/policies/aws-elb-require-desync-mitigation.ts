import { awsElb, requireKnown, msg } from "@rampart/policy-core";
import { peekForVerdict } from "../lib/read";
import { awsPolicy } from "../policy";

/**
 * Application and Classic Load Balancers should use desync mitigation mode "defensive" (the default)
 * or "strictest"; "monitor" lets requests that may cause HTTP desync through.
 */
export default awsPolicy({
  name: "aws-elb-require-desync-mitigation",
  description: "Application and Classic Load Balancers should use defensive or strictest HTTP desync mitigation.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps: 'Set desyncMitigationMode to "defensive" or "strictest" (or omit it: the default is "defensive").',
  url: "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html#desync-mitigation-mode",
  resourceTypes: [...awsElb.LOAD_BALANCER_TYPES, awsElb.CLASSIC_LOAD_BALANCER_TYPE],
  validateResource: ({ type, props }, report) => {
    if (type !== awsElb.CLASSIC_LOAD_BALANCER_TYPE) {
      const t = awsElb.loadBalancerType(props);
      if (t.state === "unknown") requireKnown(props, "loadBalancerType");
      if (t.state === "known" && t.value !== "application") return;
    }
    const m = peekForVerdict<string>(props, "desyncMitigationMode");
    if (m.state === "known" && !["defensive", "strictest"].includes(String(m.value))) {
      report(msg`desyncMitigationMode is "${String(m.value)}". Set it to "defensive" or "strictest".`);
    }
  },
});
