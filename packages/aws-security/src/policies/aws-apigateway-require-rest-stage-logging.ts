import { isSet, peek, msg } from "@rampart/policy-core";
import { awsPolicy } from "../policy";
import type { PolicyResource } from "@pulumi/policy";

const STAGE = "aws:apigateway/stage:Stage";
const METHOD_SETTINGS = "aws:apigateway/methodSettings:MethodSettings";

/** Whether a MethodSettings resource belongs to a stage: "yes", "no" or "maybe" (unknown link). */
function belongsTo(ms: PolicyResource, stage: PolicyResource): "yes" | "no" | "maybe" {
  const deps = ms.propertyDependencies ?? {};
  if ((deps.stageName ?? []).some((d) => d.urn === stage.urn)) return "yes";
  const name = peek<unknown>(ms.props, "stageName");
  const stageName = peek<unknown>(stage.props, "stageName");
  if (name.state !== "known" || stageName.state !== "known") return "maybe";
  if (name.value !== stageName.value) return "no";
  const api = peek<unknown>(ms.props, "restApi");
  const stageApi = peek<unknown>(stage.props, "restApi");
  if ((deps.restApi ?? []).length && (stage.propertyDependencies?.restApi ?? []).length) {
    const same = deps.restApi.some((d) => stage.propertyDependencies.restApi.some((e) => e.urn === d.urn));
    return same ? "yes" : "no";
  }
  if (api.state === "known" && stageApi.state === "known") return api.value === stageApi.value ? "yes" : "no";
  return "maybe";
}

/** Execution logging state of a MethodSettings for all methods (`*\/*`). */
function executionLogging(ms: PolicyResource): "on" | "off" | "unknown" | "other-path" {
  const path = peek<unknown>(ms.props, "methodPath");
  if (path.state === "known" && path.value !== "*/*") return "other-path";
  const level = peek<unknown>(ms.props, "settings.loggingLevel");
  if (path.state === "unknown" || level.state === "unknown") return "unknown";
  return level.state === "known" && (level.value === "ERROR" || level.value === "INFO") ? "on" : "off";
}

/**
 * REST API stages must log: access logging (`accessLogSettings.destinationArn` on the Stage) and
 * execution logging (an `aws.apigateway.MethodSettings` for the stage with `methodPath: "*\/*"`
 * and `settings.loggingLevel` "ERROR" or "INFO"). Stack policy: MethodSettings are linked to a
 * stage by its property dependencies, else by `stageName` and `restApi`; when a link or the
 * logging level is unknown during preview the verdict is left open (advisory).
 */
export default awsPolicy({
  name: "aws-apigateway-require-rest-stage-logging",
  description: "API Gateway REST API stages must have access logging and execution logging (ERROR or INFO) enabled.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    'Set accessLogSettings { destinationArn: <CloudWatch Logs log group ARN>, format } on the Stage, and add an aws.apigateway.MethodSettings for it with methodPath "*/*" and settings.loggingLevel "ERROR" (or "INFO"); the account needs an aws.apigateway.Account with a CloudWatch role.',
  url: "https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html",
  resourceTypes: [STAGE, METHOD_SETTINGS],
  validateStack: ({ index }, report) => {
    const settings = index.ofType(METHOD_SETTINGS);
    for (const stage of index.ofType(STAGE)) {
      if (!isSet(stage.props, "accessLogSettings.destinationArn")) {
        report(
          msg`Stage "${stage.name}" has no accessLogSettings, so requests are not access-logged. Set accessLogSettings.destinationArn and format.`,
          stage.urn,
        );
      }
      let open = false;
      let on = false;
      for (const ms of settings) {
        const link = belongsTo(ms, stage);
        if (link === "no") continue;
        const state = executionLogging(ms);
        if (state === "on" && link === "yes") on = true;
        else if (state === "unknown" || (state === "on" && link === "maybe")) open = true;
      }
      if (on) continue;
      const message = msg`Stage "${stage.name}" has no MethodSettings with methodPath "*/*" and loggingLevel ERROR or INFO, so execution logging is off. Add one.`;
      if (open) report.unknown(message, stage.urn);
      else report(message, stage.urn);
    }
  },
});
