import { fixtures, unknown } from "@rampart/policy-testing";

const S = "aws:apigateway/stage:Stage";
const M = "aws:apigateway/methodSettings:MethodSettings";
const access = { destinationArn: "arn:aws:logs:eu-west-1:111122223333:log-group:api", format: "$context.requestId" };

export default fixtures([
  {
    name: "stage with access logging and ERROR logging",
    expect: "pass",
    resources: [
      { type: S, name: "prod", props: { restApi: "api1", deployment: "d1", stageName: "prod", accessLogSettings: access } },
      { type: M, name: "prod-all", props: { restApi: "api1", stageName: "prod", methodPath: "*/*", settings: { loggingLevel: "ERROR" } } },
    ],
  },
  {
    name: "settings linked by dependency during preview",
    expect: "pass",
    resources: [
      {
        type: S,
        name: "prod",
        props: { restApi: unknown(), deployment: unknown(), stageName: "prod", accessLogSettings: { destinationArn: unknown(), format: "$context.requestId" } },
      },
      {
        type: M,
        name: "prod-all",
        props: { restApi: unknown(), stageName: unknown(), methodPath: "*/*", settings: { loggingLevel: "INFO" } },
        propertyDependencies: { stageName: ["prod"] },
      },
    ],
  },
  {
    name: "no access logging",
    expect: "violate",
    target: "prod",
    message: 'Stage "prod" has no accessLogSettings',
    resources: [
      { type: S, name: "prod", props: { restApi: "api1", deployment: "d1", stageName: "prod" } },
      { type: M, name: "prod-all", props: { restApi: "api1", stageName: "prod", methodPath: "*/*", settings: { loggingLevel: "INFO" } } },
    ],
  },
  {
    name: "execution logging OFF, and settings of another API's stage of the same name",
    expect: "violate",
    target: "prod",
    message: "execution logging is off",
    resources: [
      { type: S, name: "prod", props: { restApi: "api1", deployment: "d1", stageName: "prod", accessLogSettings: access } },
      { type: M, name: "prod-all", props: { restApi: "api1", stageName: "prod", methodPath: "*/*", settings: { loggingLevel: "OFF" } } },
      { type: M, name: "other-all", props: { restApi: "api2", stageName: "prod", methodPath: "*/*", settings: { loggingLevel: "INFO" } } },
    ],
  },
  {
    name: "logging level unknown",
    expect: "unknown",
    resources: [
      { type: S, name: "prod", props: { restApi: "api1", deployment: "d1", stageName: "prod", accessLogSettings: access } },
      { type: M, name: "prod-all", props: { restApi: "api1", stageName: "prod", methodPath: "*/*", settings: { loggingLevel: unknown() } } },
    ],
  },
]);
