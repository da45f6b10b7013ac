import { fixtures, unknown } from "@rampart/policy-testing";

const TD = "aws:ecs/taskDefinition:TaskDefinition";
const C = JSON.stringify([{ name: "web", image: "nginx" }]);

export default fixtures([
  { name: "awsvpc mode", expect: "pass", resource: { type: TD, props: { family: "app", containerDefinitions: C, networkMode: "awsvpc" } } },
  { name: "mode not set (bridge on EC2)", expect: "pass", resource: { type: TD, props: { family: "app", containerDefinitions: C } } },
  {
    name: "host mode",
    expect: "violate",
    message: 'networkMode is "host"',
    resource: { type: TD, props: { family: "app", containerDefinitions: C, networkMode: "host" } },
  },
  { name: "mode unknown during preview", expect: "unknown", resource: { type: TD, props: { family: "app", containerDefinitions: C, networkMode: unknown() } } },
  { name: "service is not a task definition", expect: "not-applicable", resource: { type: "aws:ecs/service:Service", props: {} } },
]);
