import { fixtures, unknown } from "@rampart/policy-testing";
import { listener, albListener } from "../lib/elb.fixtures-kit";

const redirect = [{ type: "redirect", redirect: { protocol: "HTTPS", port: "443", statusCode: "HTTP_301" } }];

export default fixtures([
  { name: "port 80 redirecting to HTTPS", expect: "pass", resource: listener({ port: 80, protocol: "HTTP", defaultActions: redirect }) },
  {
    name: "HTTPS listener is out of scope",
    expect: "pass",
    resource: albListener({ port: 443, protocol: "HTTPS", defaultActions: [{ type: "forward", targetGroupArn: "arn:tg" }] }),
  },
  {
    name: "HTTP on an internal port is out of scope",
    expect: "pass",
    resource: listener({ port: 8080, protocol: "HTTP", defaultActions: [{ type: "forward", targetGroupArn: "arn:tg" }] }),
  },
  {
    name: "port 80 forwarding",
    expect: "violate",
    message: "HTTP listener on port 80 does not redirect to HTTPS",
    resource: listener({ port: 80, protocol: "HTTP", defaultActions: [{ type: "forward", targetGroupArn: "arn:tg" }] }),
  },
  {
    name: "redirect keeping the protocol",
    expect: "violate",
    message: "does not redirect",
    resource: albListener({ port: 80, defaultActions: [{ type: "redirect", redirect: { host: "example.com", statusCode: "HTTP_302" } }] }),
  },
  {
    name: "fixed response on port 80",
    expect: "violate",
    resource: listener({
      port: 80,
      protocol: "HTTP",
      defaultActions: [{ type: "fixed-response", fixedResponse: { contentType: "text/plain", statusCode: "404" } }],
    }),
  },
  {
    name: "action type unknown during preview",
    expect: "unknown",
    resource: listener({ port: 80, protocol: "HTTP", defaultActions: [{ type: unknown(), redirect: { protocol: "HTTPS", statusCode: "HTTP_301" } }] }),
  },
]);
