import { msg } from "@rampart/policy-core";
import { awsPolicy } from "../policy";
import { checkValue } from "../lib/flags";

/** Lambda functions should have active AWS X-Ray tracing (`tracingConfig.mode: "Active"`; default PassThrough). */
export default awsPolicy({
  name: "aws-lambda-recommend-xray-tracing",
  description: "Lambda functions should have active X-Ray tracing enabled.",
  severity: "low",
  enforcementLevel: "advisory",
  remediationSteps:
    'Set tracingConfig: { mode: "Active" } and give the execution role the AWSXRayDaemonWriteAccess managed policy (xray:PutTraceSegments, xray:PutTelemetryRecords).',
  url: "https://docs.aws.amazon.com/lambda/latest/dg/services-xray.html",
  resourceTypes: ["aws:lambda/function:Function"],
  validateResource: checkValue("tracingConfig.mode", (mode) =>
    mode.state === "known" && mode.value === "Active"
      ? undefined
      : msg`tracingConfig.mode is ${mode.state === "known" && typeof mode.value === "string" ? JSON.stringify(mode.value) : "not set (PassThrough)"}, so the function does not record X-Ray traces. Set tracingConfig.mode to "Active".`,
  ),
});
