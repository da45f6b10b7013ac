import { awsPolicy } from "../policy";
import { forbidValue } from "../lib/flags";

/**
 * Lambda function URLs should require IAM authentication: `authorizationType: "NONE"` makes the
 * function invocable by anyone on the internet who knows the URL (the function must then do its
 * own authentication). Advisory, as public webhooks are sometimes intended.
 */
export default awsPolicy({
  name: "aws-lambda-disallow-public-function-url",
  description: "Lambda function URLs should use AWS_IAM authentication rather than NONE.",
  severity: "high",
  enforcementLevel: "advisory",
  remediationSteps:
    'Set authorizationType to "AWS_IAM" and sign requests with SigV4 (or put the function behind API Gateway or CloudFront with origin access control). If the endpoint must be public, authenticate requests in the function and disable this policy for the resource.',
  url: "https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html",
  resourceTypes: ["aws:lambda/functionUrl:FunctionUrl"],
  validateResource: forbidValue({
    path: "authorizationType",
    value: "NONE",
    message: 'authorizationType is "NONE", so anyone who knows the URL can invoke the function. Set authorizationType to "AWS_IAM".',
  }),
});
