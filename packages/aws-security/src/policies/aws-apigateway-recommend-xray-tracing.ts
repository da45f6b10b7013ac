import { definePolicy, peek, requireKnown } from "@rampart/policy-core";
import { controlsFor } from "../controls";

/** API Gateway REST API stages should have AWS X-Ray tracing on (`xrayTracingEnabled`, default false). */
export default definePolicy({
  name: "aws-apigateway-recommend-xray-tracing",
  description: "API Gateway REST API stages should have AWS X-Ray tracing enabled.",
  cloud: "aws",
  service: "apigateway",
  severity: "low",
  enforcementLevel: "advisory",
  remediationSteps: "Set xrayTracingEnabled to true on the aws.apigateway.Stage.",
  url: "https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-xray.html",
  controls: controlsFor("aws-apigateway-recommend-xray-tracing"),
  resourceTypes: ["aws:apigateway/stage:Stage"],
  validateResource: ({ props }, report) => {
    const v = peek<unknown>(props, "xrayTracingEnabled");
    if (v.state === "unknown") requireKnown(props, "xrayTracingEnabled");
    if (v.state === "known" && v.value === true) return;
    report("xrayTracingEnabled is not set to true, so requests through this stage are not traced. Set xrayTracingEnabled to true.");
  },
});
