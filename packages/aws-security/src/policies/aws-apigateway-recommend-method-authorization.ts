import { msg } from "@rampart/policy-core";
import { peekForVerdict } from "../lib/read";
import { awsPolicy } from "../policy";

/**
 * REST API methods should require authorization (`authorization` "AWS_IAM", "CUSTOM" or
 * "COGNITO_USER_POOLS" rather than "NONE"). `OPTIONS` methods (CORS preflight, which browsers
 * send without credentials) are exempt. Advisory: public endpoints exist by design; an API key
 * (`apiKeyRequired`) identifies callers but is not authorization.
 */
export default awsPolicy({
  name: "aws-apigateway-recommend-method-authorization",
  description: "API Gateway REST API methods should use an authorizer, IAM or Cognito authorization.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    'Set authorization to "AWS_IAM", "COGNITO_USER_POOLS" (with authorizerId) or "CUSTOM" (a Lambda authorizer). Leave "NONE" only for intentionally public methods and CORS preflight (OPTIONS).',
  url: "https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-control-access-to-api.html",
  resourceTypes: ["aws:apigateway/method:Method"],
  validateResource: ({ props }, report) => {
    const auth = peekForVerdict<unknown>(props, "authorization");
    if (auth.state !== "known" || typeof auth.value !== "string" || auth.value.toUpperCase() !== "NONE") return;
    const method = peekForVerdict<unknown>(props, "httpMethod");
    if (method.state === "known" && typeof method.value === "string" && method.value.toUpperCase() === "OPTIONS") return;
    const m = method.state === "known" && typeof method.value === "string" ? msg`${method.value.toUpperCase()} ` : "";
    report(msg`${m}method has authorization "NONE", so anyone can call it. Use "AWS_IAM", "COGNITO_USER_POOLS" or "CUSTOM".`);
  },
});
