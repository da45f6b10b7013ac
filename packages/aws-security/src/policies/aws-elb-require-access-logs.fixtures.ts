import { fixtures, unknown } from "@rampart/policy-testing";

const LB = "aws:lb/loadBalancer:LoadBalancer";
const CLB = "aws:elb/loadBalancer:LoadBalancer";
const listeners = [{ instancePort: 80, instanceProtocol: "http", lbPort: 80, lbProtocol: "http" }];

export default fixtures([
  { name: "ALB with access logs", expect: "pass", resource: { type: LB, props: { accessLogs: { bucket: "lb-logs", enabled: true } } } },
  {
    name: "classic ELB with access logs (enabled defaults to true)",
    expect: "pass",
    resource: { type: CLB, props: { listeners, accessLogs: { bucket: "lb-logs" } } },
  },
  { name: "NLB is out of scope by default", expect: "pass", resource: { type: LB, props: { loadBalancerType: "network" } } },
  {
    name: "ALB with a bucket but not enabled",
    expect: "violate",
    message: "accessLogs.enabled is not true",
    resource: { type: "aws:alb/loadBalancer:LoadBalancer", props: { accessLogs: { bucket: "lb-logs" } } },
  },
  { name: "classic ELB without access logs", expect: "violate", message: "accessLogs is not set", resource: { type: CLB, props: { listeners } } },
  { name: "NLB included by config", expect: "violate", config: { includeNetwork: true }, resource: { type: LB, props: { loadBalancerType: "network" } } },
  { name: "enabled unknown during preview", expect: "unknown", resource: { type: LB, props: { accessLogs: { bucket: "lb-logs", enabled: unknown() } } } },
]);
