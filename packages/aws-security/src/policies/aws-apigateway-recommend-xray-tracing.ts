import { requireTrue } from "../lib/flags";
import { awsPolicy } from "../policy";

/** API Gateway REST API stages should have AWS X-Ray tracing on (`xrayTracingEnabled`, default false). */
export default awsPolicy({
  name: "aws-apigateway-recommend-xray-tracing",
  description: "API Gateway REST API stages should have AWS X-Ray tracing enabled.",
  severity: "low",
  enforcementLevel: "advisory",
  remediationSteps: "Set xrayTracingEnabled to true on the aws.apigateway.Stage.",
  url: "https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-xray.html",
  resourceTypes: ["aws:apigateway/stage:Stage"],
  validateResource: requireTrue({
    path: "xrayTracingEnabled",
    message: "xrayTracingEnabled is not set to true, so requests through this stage are not traced. Set xrayTracingEnabled to true.",
  }),
});
