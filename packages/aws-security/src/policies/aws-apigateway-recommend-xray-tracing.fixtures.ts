import { fixtures, unknown } from "@rampart/policy-testing";

const S = "aws:apigateway/stage:Stage";

export default fixtures([
  { name: "tracing on", expect: "pass", resource: { type: S, props: { restApi: "api1", deployment: "d1", stageName: "prod", xrayTracingEnabled: true } } },
  {
    name: "tracing omitted",
    expect: "violate",
    message: "xrayTracingEnabled is not set to true",
    resource: { type: S, props: { restApi: "api1", deployment: "d1", stageName: "prod" } },
  },
  {
    name: "tracing unknown",
    expect: "unknown",
    resource: { type: S, props: { restApi: "api1", deployment: "d1", stageName: "prod", xrayTracingEnabled: unknown() } },
  },
]);
