import { isSet, peek, requireKnown } from "@rampart/policy-core";
import { awsPolicy } from "../policy";

/**
 * API Gateway v2 (HTTP and WebSocket API) stages must have access logging
 * (`accessLogSettings.destinationArn`), and WebSocket stages must not turn execution logging off
 * (`defaultRouteSettings.loggingLevel: "OFF"`; HTTP APIs have no execution logging level).
 */
export default awsPolicy({
  name: "aws-apigateway-require-v2-stage-logging",
  description: "API Gateway HTTP and WebSocket API stages must have access logging enabled (and WebSocket execution logging not turned off).",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    'Set accessLogSettings { destinationArn: <CloudWatch Logs log group ARN>, format } on the stage; for WebSocket APIs set defaultRouteSettings.loggingLevel to "ERROR" or "INFO".',
  url: "https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-logging.html",
  resourceTypes: ["aws:apigatewayv2/stage:Stage"],
  validateResource: ({ props }, report) => {
    let reported = false;
    if (!isSet(props, "accessLogSettings.destinationArn")) {
      report("accessLogSettings is not set, so requests are not access-logged. Set accessLogSettings.destinationArn and format.");
      reported = true;
    }
    const level = peek<unknown>(props, "defaultRouteSettings.loggingLevel");
    if (level.state === "known" && level.value === "OFF") {
      report('defaultRouteSettings.loggingLevel is "OFF", so WebSocket execution logging is off. Set it to "ERROR" or "INFO".');
      reported = true;
    }
    if (!reported && level.state === "unknown") requireKnown(props, "defaultRouteSettings.loggingLevel");
  },
});
