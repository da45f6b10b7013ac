import { fixtures } from "@rampart/policy-testing";
import { containerDefinitionCases, td } from "../lib/ecs.fixtures-kit";

export default fixtures([
  {
    name: "secret injected with valueFrom",
    expect: "pass",
    resource: td([
      {
        name: "web",
        image: "app",
        environment: [
          { name: "LOG_LEVEL", value: "info" },
          { name: "DB_PASSWORD_SECRET_ARN", value: "arn:aws:secretsmanager:us-east-1:111122223333:secret:db" },
        ],
        secrets: [{ name: "DB_PASSWORD", valueFrom: "arn:aws:secretsmanager:us-east-1:111122223333:secret:db" }],
      },
    ]),
  },
  {
    name: "password in a plain environment variable",
    expect: "violate",
    message: 'containerDefinitions[0] ("web") passes "DB_PASSWORD" as plain environment variable',
    resource: td([{ name: "web", image: "app", environment: [{ name: "DB_PASSWORD", value: "hunter2-very-secret" }] }]),
  },
  {
    name: "AWS access keys in the environment (ECS.8 names)",
    expect: "violate",
    message: '"AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"',
    resource: td([
      {
        name: "job",
        image: "app",
        environment: [
          { name: "AWS_ACCESS_KEY_ID", value: "AKIAEXAMPLEKEY1234" },
          { name: "AWS_SECRET_ACCESS_KEY", value: "abcdefghijklmnop" },
        ],
      },
    ]),
  },
  ...containerDefinitionCases(),
]);
