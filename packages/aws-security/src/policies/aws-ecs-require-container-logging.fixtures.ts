import { fixtures } from "@rampart/policy-testing";
import { containerDefinitionCases, td } from "../lib/ecs.fixtures-kit";

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
  ...containerDefinitionCases(),
]);
