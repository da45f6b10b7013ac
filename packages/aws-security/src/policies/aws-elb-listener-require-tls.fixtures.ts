import { fixtures, unknown } from "@rampart/policy-testing";
import { listener, albListener } from "../lib/elb.fixtures-kit";

const forward = [{ type: "forward", targetGroupArn: "arn:aws:elasticloadbalancing:us-east-1:111122223333:targetgroup/tg/1" }];

export default fixtures([
  {
    name: "HTTPS listener",
    expect: "pass",
    resource: listener({
      port: 443,
      protocol: "HTTPS",
      sslPolicy: "ELBSecurityPolicy-TLS13-1-2-2021-06",
      certificateArn: "arn:aws:acm:us-east-1:111122223333:certificate/c",
      defaultActions: forward,
    }),
  },
  {
    name: "HTTP listener redirecting to HTTPS",
    expect: "pass",
    resource: albListener({
      port: 80,
      protocol: "HTTP",
      defaultActions: [{ type: "redirect", redirect: { protocol: "HTTPS", port: "443", statusCode: "HTTP_301" } }],
    }),
  },
  { name: "NLB TCP pass-through", expect: "pass", resource: listener({ port: 443, protocol: "TCP", defaultActions: forward }) },
  { name: "Gateway LB listener has no protocol", expect: "pass", resource: listener({ defaultActions: forward }) },
  {
    name: "HTTP listener forwarding",
    expect: "violate",
    message: 'protocol is "HTTP" and the default action forwards',
    resource: listener({ port: 80, protocol: "HTTP", defaultActions: forward }),
  },
  {
    name: "ALB listener without protocol (HTTP) forwarding",
    expect: "violate",
    message: '"HTTP"',
    resource: albListener({ port: 8080, defaultActions: forward }),
  },
  {
    name: "TCP rejected when not allowed",
    expect: "violate",
    config: { allowedPlaintextProtocols: [] },
    message: '"TCP"',
    resource: listener({ port: 5432, protocol: "TCP", defaultActions: forward }),
  },
  { name: "protocol unknown during preview", expect: "unknown", resource: listener({ port: 80, protocol: unknown(), defaultActions: forward }) },
  { name: "load balancers are not listeners", expect: "not-applicable", resource: { type: "aws:lb/loadBalancer:LoadBalancer", props: {} } },
  {
    name: "listener without protocol whose port is unknown during preview",
    expect: "unknown",
    resource: albListener({ port: unknown(), defaultActions: forward }),
  },
]);
