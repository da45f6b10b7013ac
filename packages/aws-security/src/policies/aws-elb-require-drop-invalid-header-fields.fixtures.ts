import { fixtures, unknown } from "@rampart/policy-testing";

const LB = "aws:lb/loadBalancer:LoadBalancer";
const ALB = "aws:alb/loadBalancer:LoadBalancer";

export default fixtures([
  { name: "ALB dropping invalid headers", expect: "pass", resource: { type: LB, props: { loadBalancerType: "application", dropInvalidHeaderFields: true } } },
  { name: "NLB is out of scope", expect: "pass", resource: { type: LB, props: { loadBalancerType: "network" } } },
  {
    name: "ALB (default type) without the setting",
    expect: "violate",
    message: "dropInvalidHeaderFields is not true",
    resource: { type: ALB, props: { internal: false } },
  },
  { name: "ALB with the setting false", expect: "violate", resource: { type: LB, props: { loadBalancerType: "application", dropInvalidHeaderFields: false } } },
  {
    name: "setting unknown during preview",
    expect: "unknown",
    resource: { type: LB, props: { loadBalancerType: "application", dropInvalidHeaderFields: unknown() } },
  },
  { name: "classic ELB is another type", expect: "not-applicable", resource: { type: "aws:elb/loadBalancer:LoadBalancer", props: {} } },
]);
