import { fixtures, unknown } from "@rampart/policy-testing";

const L = "aws:lb/listener:Listener";
const ALB_L = "aws:alb/listener:Listener";
const base = {
  loadBalancerArn: "arn:lb",
  port: 443,
  certificateArn: "arn:aws:acm:us-east-1:111122223333:certificate/c",
  defaultActions: [{ type: "forward", targetGroupArn: "arn:tg" }],
};

export default fixtures([
  {
    name: "HTTPS with TLS13-1-2-Res",
    expect: "pass",
    resource: { type: L, props: { ...base, protocol: "HTTPS", sslPolicy: "ELBSecurityPolicy-TLS13-1-2-Res-2021-06" } },
  },
  {
    name: "NLB TLS with TLS13-1-3 FIPS",
    expect: "pass",
    resource: { type: L, props: { ...base, protocol: "TLS", sslPolicy: "ELBSecurityPolicy-TLS13-1-3-FIPS-2023-04" } },
  },
  { name: "HTTP listener is out of scope", expect: "pass", resource: { type: ALB_L, props: { ...base, port: 80, protocol: "HTTP" } } },
  {
    name: "HTTPS with the 2016-08 policy",
    expect: "violate",
    message: 'sslPolicy is "ELBSecurityPolicy-2016-08"',
    resource: { type: ALB_L, props: { ...base, protocol: "HTTPS", sslPolicy: "ELBSecurityPolicy-2016-08" } },
  },
  {
    name: "HTTPS without sslPolicy uses the API default",
    expect: "violate",
    message: 'sslPolicy is not set, so the listener uses "ELBSecurityPolicy-2016-08"',
    resource: { type: L, props: { ...base, protocol: "HTTPS" } },
  },
  {
    name: "TLS13-1-0 allows TLS 1.0",
    expect: "violate",
    message: "ELBSecurityPolicy-TLS13-1-0-2021-06",
    resource: { type: L, props: { ...base, protocol: "TLS", sslPolicy: "ELBSecurityPolicy-TLS13-1-0-2021-06" } },
  },
  {
    name: "TLS 1.2 policy allowed by config",
    expect: "pass",
    config: { allowedPolicies: ["ELBSecurityPolicy-TLS-1-2-2017-01"] },
    resource: { type: L, props: { ...base, protocol: "HTTPS", sslPolicy: "ELBSecurityPolicy-TLS-1-2-2017-01" } },
  },
  { name: "sslPolicy unknown during preview", expect: "unknown", resource: { type: L, props: { ...base, protocol: "HTTPS", sslPolicy: unknown() } } },
]);
