import { fixtures, unknown } from "@rampart/policy-testing";

const LB = "aws:lb/loadBalancer:LoadBalancer";

export default fixtures([
  { name: "ALB with default mode", expect: "pass", resource: { type: LB, props: { loadBalancerType: "application" } } },
  { name: "ALB strictest", expect: "pass", resource: { type: LB, props: { desyncMitigationMode: "strictest" } } },
  {
    name: "ALB monitor",
    expect: "violate",
    message: 'desyncMitigationMode is "monitor"',
    resource: { type: "aws:alb/loadBalancer:LoadBalancer", props: { desyncMitigationMode: "monitor" } },
  },
  {
    name: "classic ELB monitor",
    expect: "violate",
    message: '"monitor"',
    resource: { type: "aws:elb/loadBalancer:LoadBalancer", props: { listeners: [], desyncMitigationMode: "monitor" } },
  },
  { name: "NLB is out of scope", expect: "pass", resource: { type: LB, props: { loadBalancerType: "network", desyncMitigationMode: "monitor" } } },
  { name: "mode unknown during preview", expect: "unknown", resource: { type: LB, props: { desyncMitigationMode: unknown() } } },
]);
