import { fixtures } from "@rampart/policy-testing";
import { containerDefinitionCases, td } from "../lib/ecs.fixtures-kit";

/** A task with one container `name` (image "app") whose environment holds `vars` (name → value); `extra` adds container fields. */
const envTask = (name: string, vars: Record<string, string>, extra: Record<string, unknown> = {}) =>
  td([{ name, image: "app", environment: Object.entries(vars).map(([k, value]) => ({ name: k, value })), ...extra }]);

const SECRET_ARN = "arn:aws:secretsmanager:us-east-1:111122223333:secret:db";

export default fixtures([
  {
    name: "secret injected with valueFrom",
    expect: "pass",
    resource: envTask("web", { LOG_LEVEL: "info", DB_PASSWORD_SECRET_ARN: SECRET_ARN }, { secrets: [{ name: "DB_PASSWORD", valueFrom: SECRET_ARN }] }),
  },
  {
    name: "password in a plain environment variable",
    expect: "violate",
    message: 'containerDefinitions[0] ("web") passes "DB_PASSWORD" as plain environment variable',
    resource: envTask("web", { DB_PASSWORD: "hunter2-very-secret" }),
  },
  {
    name: "AWS access keys in the environment (ECS.8 names)",
    expect: "violate",
    message: '"AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"',
    resource: envTask("job", { AWS_ACCESS_KEY_ID: "AKIAEXAMPLEKEY1234", AWS_SECRET_ACCESS_KEY: "abcdefghijklmnop" }),
  },
  ...containerDefinitionCases(),
]);
