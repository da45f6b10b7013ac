import { fixtures, unknown } from "@rampart/policy-testing";

const R = "aws:apigatewayv2/route:Route";

export default fixtures([
  {
    name: "JWT-authorized route",
    expect: "pass",
    resource: { type: R, props: { apiId: "a1", routeKey: "GET /items", authorizationType: "JWT", authorizerId: "auth1" } },
  },
  { name: "CORS preflight", expect: "pass", resource: { type: R, props: { apiId: "a1", routeKey: "OPTIONS /items" } } },
  { name: "WebSocket message route cannot be authorized", expect: "pass", resource: { type: R, props: { apiId: "a1", routeKey: "sendMessage" } } },
  { name: "$default may be WebSocket", expect: "pass", resource: { type: R, props: { apiId: "a1", routeKey: "$default" } } },
  {
    name: "HTTP route without auth",
    expect: "violate",
    message: "has authorizationType NONE",
    resource: { type: R, props: { apiId: "a1", routeKey: "POST /orders" } },
  },
  {
    name: "WebSocket $connect explicitly NONE",
    expect: "violate",
    message: "The $connect route",
    resource: { type: R, props: { apiId: "a1", routeKey: "$connect", authorizationType: "NONE" } },
  },
  { name: "authorization unknown", expect: "unknown", resource: { type: R, props: { apiId: "a1", routeKey: "GET /items", authorizationType: unknown() } } },
  { name: "route key unknown", expect: "unknown", resource: { type: R, props: { apiId: "a1", routeKey: unknown() } } },
]);
