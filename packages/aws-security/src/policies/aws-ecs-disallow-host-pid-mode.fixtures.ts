import { fixtures, unknown } from "@rampart/policy-testing";

const TD = "aws:ecs/taskDefinition:TaskDefinition";
const C = JSON.stringify([{ name: "web", image: "nginx" }]);

export default fixtures([
  { name: "task pid namespace", expect: "pass", resource: { type: TD, props: { family: "app", containerDefinitions: C, pidMode: "task" } } },
  { name: "pid mode not set", expect: "pass", resource: { type: TD, props: { family: "app", containerDefinitions: C } } },
  {
    name: "host pid mode",
    expect: "violate",
    message: 'pidMode is "host"',
    resource: { type: TD, props: { family: "app", containerDefinitions: C, pidMode: "host" } },
  },
  { name: "pid mode unknown during preview", expect: "unknown", resource: { type: TD, props: { family: "app", containerDefinitions: C, pidMode: unknown() } } },
  { name: "task set is not a task definition", expect: "not-applicable", resource: { type: "aws:ecs/taskSet:TaskSet", props: {} } },
]);
