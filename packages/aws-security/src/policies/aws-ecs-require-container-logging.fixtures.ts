import { fixtures, unknown } from "@rampart/policy-testing";

const TD = "aws:ecs/taskDefinition:TaskDefinition";
const td = (containers: unknown[]) => ({ type: TD, props: { family: "app", containerDefinitions: JSON.stringify(containers) } });
const AWSLOGS = { logDriver: "awslogs", options: { "awslogs-group": "/ecs/app", "awslogs-region": "us-east-1", "awslogs-stream-prefix": "web" } };

export default fixtures([
  { name: "awslogs configured", expect: "pass", resource: td([{ name: "web", image: "nginx", logConfiguration: AWSLOGS }]) },
  { name: "FireLens configured", expect: "pass", resource: td([{ name: "web", image: "nginx", logConfiguration: { logDriver: "awsfirelens" } }]) },
  {
    name: "no logging configuration",
    expect: "violate",
    message: 'containerDefinitions[0] ("web") has no logConfiguration.logDriver',
    resource: td([{ name: "web", image: "nginx" }]),
  },
  {
    name: "container definitions unknown during preview",
    expect: "unknown",
    resource: { type: TD, props: { family: "app", containerDefinitions: unknown() } },
  },
  { name: "service is not a task definition", expect: "not-applicable", resource: { type: "aws:ecs/service:Service", props: {} } },
]);
