import { peek, peekItems, requireKnown, msg } from "@rampart/policy-core";
import { awsPolicy } from "../policy";

/**
 * AWS Config recorders must record all supported resource types. Without `recordingGroup` a
 * recorder records all supported types (AWS Config API, RecordingGroup `allSupported` default
 * true); `allSupported: false` with a `resourceTypes` list, or a recording strategy other than
 * `ALL_SUPPORTED_RESOURCE_TYPES` (inclusion or exclusion lists), leaves resources unrecorded.
 */
export default awsPolicy({
  name: "aws-config-require-recorder-all-resources",
  description: "AWS Config configuration recorders must record all supported resource types.",
  severity: "high",
  enforcementLevel: "advisory",
  remediationSteps:
    'Remove recordingGroup, or set recordingGroup.allSupported to true with recordingStrategies [{ useOnly: "ALL_SUPPORTED_RESOURCE_TYPES" }] and no resourceTypes or exclusion list. Record global resource types (includeGlobalResourceTypes) in one Region.',
  url: "https://docs.aws.amazon.com/config/latest/developerguide/select-resources.html",
  resourceTypes: ["aws:cfg/recorder:Recorder"],
  validateResource: ({ props }, report) => {
    const all = peek<unknown>(props, "recordingGroup.allSupported");
    const strategies = peekItems<unknown>(props, "recordingGroup.recordingStrategies");
    let strategyUnknown = strategies.unknown;
    for (const s of strategies.known) {
      const use = peek<unknown>(s, "useOnly");
      if (use.state === "unknown") strategyUnknown = true;
      if (use.state === "known" && use.value !== "ALL_SUPPORTED_RESOURCE_TYPES") {
        report(
          msg`recordingGroup.recordingStrategies useOnly is ${JSON.stringify(use.value)}, so not every supported resource type is recorded. Use "ALL_SUPPORTED_RESOURCE_TYPES".`,
        );
        return;
      }
    }
    if (all.state === "known" && all.value === false) {
      report("recordingGroup.allSupported is false, so only the listed resourceTypes are recorded. Set allSupported to true.");
      return;
    }
    if (all.state === "unknown") requireKnown(props, "recordingGroup.allSupported");
    if (strategyUnknown) requireKnown(props, "recordingGroup.recordingStrategies");
  },
});
