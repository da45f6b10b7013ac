import { fixtures, unknown } from "@rampart/policy-testing";

const CLB = "aws:elb/loadBalancer:LoadBalancer";

export default fixtures([
  { name: "draining on", expect: "pass", resource: { type: CLB, props: { listeners: [], connectionDraining: true, connectionDrainingTimeout: 300 } } },
  { name: "draining off by default", expect: "violate", message: "connectionDraining is not true", resource: { type: CLB, props: { listeners: [] } } },
  { name: "unknown during preview", expect: "unknown", resource: { type: CLB, props: { listeners: [], connectionDraining: unknown() } } },
  { name: "ALB is not classic", expect: "not-applicable", resource: { type: "aws:lb/loadBalancer:LoadBalancer", props: {} } },
]);
