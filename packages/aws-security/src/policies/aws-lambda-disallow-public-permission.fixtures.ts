import { fixtures, unknown } from "@rampart/policy-testing";

const P = "aws:lambda/permission:Permission";

export default fixtures([
  {
    name: "S3 with source ARN",
    expect: "pass",
    resource: {
      type: P,
      props: {
        function: "fn",
        action: "lambda:InvokeFunction",
        principal: "s3.amazonaws.com",
        sourceArn: "arn:aws:s3:::bucket",
        sourceAccount: "111122223333",
      },
    },
  },
  {
    name: "* limited to the organization",
    expect: "pass",
    resource: { type: P, props: { function: "fn", action: "lambda:InvokeFunction", principal: "*", principalOrgId: "o-abc123" } },
  },
  {
    name: "* with a source ARN unknown during preview",
    expect: "pass",
    resource: { type: P, props: { function: "fn", action: "lambda:InvokeFunction", principal: "*", sourceArn: unknown() } },
  },
  {
    name: "public function URL permission (reported on the URL)",
    expect: "pass",
    resource: { type: P, props: { function: "fn", action: "lambda:InvokeFunctionUrl", principal: "*", functionUrlAuthType: "NONE" } },
  },
  {
    name: "anyone may invoke",
    expect: "violate",
    message: 'principal is "*" without sourceArn, sourceAccount or principalOrgId',
    resource: { type: P, props: { function: "fn", action: "lambda:InvokeFunction", principal: "*" } },
  },
  {
    name: "anyone may invoke the URL with IAM auth",
    expect: "violate",
    message: "(lambda:InvokeFunctionUrl)",
    resource: { type: P, props: { function: "fn", action: "lambda:InvokeFunctionUrl", principal: "*", functionUrlAuthType: "AWS_IAM" } },
  },
  { name: "principal unknown", expect: "unknown", resource: { type: P, props: { function: "fn", action: "lambda:InvokeFunction", principal: unknown() } } },
  { name: "action unknown", expect: "unknown", resource: { type: P, props: { function: "fn", action: unknown(), principal: "*" } } },
]);
