import { awsElb, peek, peekItems, requireKnown, msg } from "@rampart/policy-core";
import { peekForVerdict } from "../lib/read";
import { awsPolicy } from "../policy";

/**
 * HTTP listeners of Application Load Balancers on the configured ports (default 80) should
 * redirect to HTTPS: a default action of type "redirect" with `redirect.protocol` "HTTPS" (the
 * redirect's default protocol `#{protocol}` keeps HTTP and does not count).
 */
export default awsPolicy({
  name: "aws-elb-listener-redirect-http-to-https",
  description: "Application Load Balancer HTTP listeners should redirect all requests to HTTPS.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    'Make the listener\'s default action {type: "redirect", redirect: {protocol: "HTTPS", port: "443", statusCode: "HTTP_301"}} and serve the application from an HTTPS listener.',
  url: "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-listeners.html#redirect-actions",
  resourceTypes: awsElb.LISTENER_TYPES,
  config: {
    ports: {
      type: "array",
      items: { type: "integer" },
      description: "HTTP listener ports that must redirect to HTTPS.",
      default: [80],
    },
  },
  validateResource: ({ props, config }, report) => {
    const port = peekForVerdict(props, "port");
    const proto = peekForVerdict<string>(props, "protocol");
    if (port.state !== "known" || !(config.ports as number[]).includes(Number(port.value))) return;
    if (proto.state === "known" && String(proto.value).toUpperCase() !== "HTTP") return;
    const actions = peekItems(props, "defaultActions");
    if (actions.unknown) requireKnown(props, "defaultActions");
    let redirects = false;
    for (const a of actions.known) {
      const t = peek<string>(a, "type");
      const p = peek<string>(a, "redirect.protocol");
      if (t.state === "unknown" || (t.state === "known" && t.value === "redirect" && p.state === "unknown")) requireKnown(a);
      if (t.state === "known" && t.value === "redirect" && p.state === "known" && String(p.value).toUpperCase() === "HTTPS") redirects = true;
    }
    if (!redirects)
      report(
        msg`This HTTP listener on port ${Number(port.value)} does not redirect to HTTPS (no default action of type "redirect" with redirect.protocol "HTTPS"). Make its default action redirect to HTTPS.`,
      );
  },
});
