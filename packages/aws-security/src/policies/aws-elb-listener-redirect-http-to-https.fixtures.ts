import { fixtures, unknown } from "@rampart/policy-testing";

const L = "aws:lb/listener:Listener";
const ALB_L = "aws:alb/listener:Listener";
const redirect = [{ type: "redirect", redirect: { protocol: "HTTPS", port: "443", statusCode: "HTTP_301" } }];

export default fixtures([
  {
    name: "port 80 redirecting to HTTPS",
    expect: "pass",
    resource: { type: L, props: { loadBalancerArn: "arn:lb", port: 80, protocol: "HTTP", defaultActions: redirect } },
  },
  {
    name: "HTTPS listener is out of scope",
    expect: "pass",
    resource: {
      type: ALB_L,
      props: { loadBalancerArn: "arn:lb", port: 443, protocol: "HTTPS", defaultActions: [{ type: "forward", targetGroupArn: "arn:tg" }] },
    },
  },
  {
    name: "HTTP on an internal port is out of scope",
    expect: "pass",
    resource: { type: L, props: { loadBalancerArn: "arn:lb", port: 8080, protocol: "HTTP", defaultActions: [{ type: "forward", targetGroupArn: "arn:tg" }] } },
  },
  {
    name: "port 80 forwarding",
    expect: "violate",
    message: "HTTP listener on port 80 does not redirect to HTTPS",
    resource: { type: L, props: { loadBalancerArn: "arn:lb", port: 80, protocol: "HTTP", defaultActions: [{ type: "forward", targetGroupArn: "arn:tg" }] } },
  },
  {
    name: "redirect keeping the protocol",
    expect: "violate",
    message: "does not redirect",
    resource: {
      type: ALB_L,
      props: { loadBalancerArn: "arn:lb", port: 80, defaultActions: [{ type: "redirect", redirect: { host: "example.com", statusCode: "HTTP_302" } }] },
    },
  },
  {
    name: "fixed response on port 80",
    expect: "violate",
    resource: {
      type: L,
      props: {
        loadBalancerArn: "arn:lb",
        port: 80,
        protocol: "HTTP",
        defaultActions: [{ type: "fixed-response", fixedResponse: { contentType: "text/plain", statusCode: "404" } }],
      },
    },
  },
  {
    name: "action type unknown during preview",
    expect: "unknown",
    resource: {
      type: L,
      props: {
        loadBalancerArn: "arn:lb",
        port: 80,
        protocol: "HTTP",
        defaultActions: [{ type: unknown(), redirect: { protocol: "HTTPS", statusCode: "HTTP_301" } }],
      },
    },
  },
]);
