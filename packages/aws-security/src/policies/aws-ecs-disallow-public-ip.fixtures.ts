import { fixtures, unknown } from "@rampart/policy-testing";

const S = "aws:ecs/service:Service";

export default fixtures([
  { name: "service in private subnets", expect: "pass", resource: { type: S, props: { networkConfiguration: { subnets: ["s-1"], assignPublicIp: false } } } },
  { name: "service without network configuration", expect: "pass", resource: { type: S, props: { desiredCount: 2 } } },
  {
    name: "service with public IPs",
    expect: "violate",
    message: "networkConfiguration.assignPublicIp is true",
    resource: { type: S, props: { networkConfiguration: { subnets: ["s-1"], assignPublicIp: true } } },
  },
  {
    name: "task set with public IPs",
    expect: "violate",
    message: "assignPublicIp is true",
    resource: {
      type: "aws:ecs/taskSet:TaskSet",
      props: { cluster: "c", service: "s", taskDefinition: "td", networkConfiguration: { subnets: ["s-1"], assignPublicIp: true } },
    },
  },
  {
    name: "flag unknown during preview",
    expect: "unknown",
    resource: { type: S, props: { networkConfiguration: { subnets: ["s-1"], assignPublicIp: unknown() } } },
  },
  { name: "task definition is not a service", expect: "not-applicable", resource: { type: "aws:ecs/taskDefinition:TaskDefinition", props: {} } },
]);
