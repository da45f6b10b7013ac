import { fixtures, unknown } from "@rampart/policy-testing";

const LB = "aws:lb/loadBalancer:LoadBalancer";

export default fixtures([
  { name: "protected ALB", expect: "pass", resource: { type: LB, props: { enableDeletionProtection: true } } },
  {
    name: "protected NLB (alb alias token)",
    expect: "pass",
    resource: { type: "aws:alb/loadBalancer:LoadBalancer", props: { loadBalancerType: "network", enableDeletionProtection: true } },
  },
  { name: "unprotected ALB", expect: "violate", message: "enableDeletionProtection is not true", resource: { type: LB, props: {} } },
  { name: "explicitly off", expect: "violate", resource: { type: LB, props: { loadBalancerType: "gateway", enableDeletionProtection: false } } },
  { name: "unknown during preview", expect: "unknown", resource: { type: LB, props: { enableDeletionProtection: unknown() } } },
  { name: "classic ELB has no deletion protection", expect: "not-applicable", resource: { type: "aws:elb/loadBalancer:LoadBalancer", props: {} } },
]);
