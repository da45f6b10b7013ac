import { fixtures, unknown } from "@rampart/policy-testing";

const U = "aws:lambda/functionUrl:FunctionUrl";

export default fixtures([
  { name: "IAM-authenticated URL", expect: "pass", resource: { type: U, props: { functionName: "fn", authorizationType: "AWS_IAM" } } },
  {
    name: "public URL",
    expect: "violate",
    message: 'authorizationType is "NONE"',
    resource: { type: U, props: { functionName: "fn", authorizationType: "NONE" } },
  },
  { name: "auth type unknown", expect: "unknown", resource: { type: U, props: { functionName: "fn", authorizationType: unknown() } } },
]);
