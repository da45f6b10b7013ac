import { fixtures, secret, unknown } from "@rampart/policy-testing";

const P = "aws:ssm/parameter:Parameter";

export default fixtures([
  {
    name: "secret as SecureString",
    expect: "pass",
    resource: { type: P, props: { name: "/app/db/password", type: "SecureString", value: secret("hunter2-very-secret") } },
  },
  { name: "ordinary String parameter", expect: "pass", resource: { type: P, props: { name: "/app/log-level", type: "String", value: "info" } } },
  {
    name: "password stored as String",
    expect: "violate",
    message: 'Parameter "/app/db/password" looks like a secret but its type is "String"',
    resource: { type: P, props: { name: "/app/db/password", type: "String", value: secret("hunter2-very-secret") } },
  },
  {
    name: "API key as StringList",
    expect: "violate",
    message: 'its type is "StringList"',
    resource: { type: P, props: { name: "partner-api-key", type: "StringList", value: "a,b" } },
  },
  { name: "type unknown during preview", expect: "unknown", resource: { type: P, props: { name: "/app/db/password", type: unknown(), value: "x" } } },
  { name: "name unknown during preview", expect: "unknown", resource: { type: P, props: { name: unknown(), type: "String", value: "x" } } },
  { name: "document is not a parameter", expect: "not-applicable", resource: { type: "aws:ssm/document:Document", props: {} } },
]);
