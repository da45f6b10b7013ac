import { msg } from "@rampart/policy-core";
import { peekForVerdict } from "../lib/read";
import { awsPolicy } from "../policy";

/**
 * API Gateway v2 routes should specify an authorization type (`authorizationType` "AWS_IAM",
 * "JWT" or "CUSTOM"; default "NONE"). Which routes can be authorized: HTTP API routes
 * (`"GET /items"`, `"ANY /{proxy+}"`) and the WebSocket `$connect` route. Exempt: `OPTIONS` routes
 * (CORS preflight), WebSocket routes other than `$connect` (they cannot have an authorizer), and
 * `$default`, which may be either an HTTP catch-all or a WebSocket route.
 */
export default awsPolicy({
  name: "aws-apigateway-require-route-authorization",
  description: "API Gateway HTTP API routes and WebSocket $connect routes should specify an authorization type.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps: 'Set authorizationType to "JWT" (with authorizerId), "AWS_IAM" or "CUSTOM" (a Lambda authorizer) on the route.',
  url: "https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-access-control.html",
  resourceTypes: ["aws:apigatewayv2/route:Route"],
  validateResource: ({ props }, report) => {
    const auth = peekForVerdict<unknown>(props, "authorizationType");
    if (auth.state === "known" && auth.value !== "NONE") return;
    const key = peekForVerdict<unknown>(props, "routeKey");
    if (key.state !== "known" || typeof key.value !== "string") return;
    const k = key.value;
    const http = /^[A-Z]+ \//.test(k);
    if (!(http || k === "$connect") || k.startsWith("OPTIONS ")) return;
    const what = http ? msg`This ${k.split(" ")[0]} route` : "The $connect route";
    report(msg`${what} has authorizationType NONE (the default), so anyone can call it. Set authorizationType to "JWT", "AWS_IAM" or "CUSTOM".`);
  },
});
