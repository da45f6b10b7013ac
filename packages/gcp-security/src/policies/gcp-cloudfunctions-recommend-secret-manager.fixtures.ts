import { fixtures, unknown } from "@rampart/policy-testing";
import { functionV1, functionV2 } from "../lib/cloudfunctions.fixtures-kit";

export default fixtures([
  {
    name: "secrets from Secret Manager",
    expect: "pass",
    resource: functionV1({
      environmentVariables: { LOG_LEVEL: "info" },
      secretEnvironmentVariables: [{ key: "DB_PASSWORD", secret: "db-password", version: "latest" }],
    }),
  },
  { name: "no environment", expect: "pass", resource: functionV2({ serviceConfig: { availableMemory: "256M" } }) },
  {
    name: "password in a 1st gen variable",
    expect: "violate",
    message: "environmentVariables has 1 variable(s)",
    resource: functionV1({ environmentVariables: { LOG_LEVEL: "info", DB_PASSWORD: "hunter2-hunter2" } }),
  },
  {
    name: "API key in a 2nd gen variable",
    expect: "violate",
    message: "serviceConfig.environmentVariables has 1 variable(s)",
    resource: functionV2({ serviceConfig: { environmentVariables: { STRIPE_API_KEY: "sk_live_abcdef123456" } } }),
  },
  {
    name: "environment unknown during preview",
    expect: "unknown",
    resource: functionV2({ serviceConfig: { environmentVariables: unknown() } }),
  },
  {
    name: "a function IAM member is not a function",
    expect: "not-applicable",
    resource: { type: "gcp:cloudfunctions/functionIamMember:FunctionIamMember", props: { cloudFunction: "fn", role: "r", member: "user:a@example.com" } },
  },
]);
