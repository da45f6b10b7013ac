import { awsPolicy } from "../policy";
import { forbidValue } from "../lib/flags";

/** GuardDuty detectors must be enabled (`enable` defaults to true; `false` suspends the detector). */
export default awsPolicy({
  name: "aws-guardduty-require-detector-enabled",
  description: "GuardDuty detectors must be enabled.",
  severity: "high",
  enforcementLevel: "advisory",
  remediationSteps: "Remove enable or set it to true on aws.guardduty.Detector (one detector per account and Region).",
  url: "https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_suspend-disable.html",
  resourceTypes: ["aws:guardduty/detector:Detector"],
  validateResource: forbidValue({
    path: "enable",
    value: false,
    message: "enable is false, so GuardDuty is suspended and produces no findings. Set enable to true.",
  }),
});
