import { fixtures, unknown } from "@rampart/policy-testing";

const S = "aws:apigatewayv2/stage:Stage";
const access = { destinationArn: "arn:aws:logs:eu-west-1:111122223333:log-group:api", format: "$context.requestId" };

export default fixtures([
  {
    name: "HTTP API stage with access logs",
    expect: "pass",
    resource: { type: S, props: { apiId: "a1", name: "$default", autoDeploy: true, accessLogSettings: access } },
  },
  {
    name: "WebSocket stage logging errors",
    expect: "pass",
    resource: { type: S, props: { apiId: "a1", name: "prod", accessLogSettings: access, defaultRouteSettings: { loggingLevel: "ERROR" } } },
  },
  {
    name: "destination unknown during preview",
    expect: "pass",
    resource: { type: S, props: { apiId: "a1", name: "prod", accessLogSettings: { destinationArn: unknown(), format: "$context.requestId" } } },
  },
  { name: "no access logs", expect: "violate", message: "accessLogSettings is not set", resource: { type: S, props: { apiId: "a1", name: "$default" } } },
  {
    name: "WebSocket logging OFF",
    expect: "violate",
    message: 'defaultRouteSettings.loggingLevel is "OFF"',
    resource: { type: S, props: { apiId: "a1", name: "prod", accessLogSettings: access, defaultRouteSettings: { loggingLevel: "OFF" } } },
  },
  {
    name: "logging level unknown",
    expect: "unknown",
    resource: { type: S, props: { apiId: "a1", name: "prod", accessLogSettings: access, defaultRouteSettings: { loggingLevel: unknown() } } },
  },
]);
