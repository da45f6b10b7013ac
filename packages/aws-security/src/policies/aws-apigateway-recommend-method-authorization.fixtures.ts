import { fixtures, unknown } from "@rampart/policy-testing";

const M = "aws:apigateway/method:Method";
const base = { restApi: "api1", resourceId: "r1" };

export default fixtures([
  { name: "IAM-authorized GET", expect: "pass", resource: { type: M, props: { ...base, httpMethod: "GET", authorization: "AWS_IAM" } } },
  { name: "CORS preflight without auth", expect: "pass", resource: { type: M, props: { ...base, httpMethod: "OPTIONS", authorization: "NONE" } } },
  {
    name: "open POST",
    expect: "violate",
    message: 'POST method has authorization "NONE"',
    resource: { type: M, props: { ...base, httpMethod: "POST", authorization: "NONE" } },
  },
  {
    name: "open ANY with an API key still flagged",
    expect: "violate",
    message: "anyone can call it",
    resource: { type: M, props: { ...base, httpMethod: "ANY", authorization: "NONE", apiKeyRequired: true } },
  },
  { name: "authorization unknown", expect: "unknown", resource: { type: M, props: { ...base, httpMethod: "GET", authorization: unknown() } } },
  { name: "method unknown, no auth", expect: "unknown", resource: { type: M, props: { ...base, httpMethod: unknown(), authorization: "NONE" } } },
]);
