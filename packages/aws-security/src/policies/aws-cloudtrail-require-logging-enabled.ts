import { awsPolicy } from "../policy";
import { forbidValue } from "../lib/flags";

/** CloudTrail trails must not be stopped: `enableLogging` (default true) must not be false. */
export default awsPolicy({
  name: "aws-cloudtrail-require-logging-enabled",
  description: "CloudTrail trails must not have logging turned off.",
  severity: "high",
  enforcementLevel: "advisory",
  remediationSteps: "Remove enableLogging or set it to true; delete the trail instead if it is no longer needed.",
  url: "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-turning-off-logging.html",
  resourceTypes: ["aws:cloudtrail/trail:Trail"],
  validateResource: forbidValue({
    path: "enableLogging",
    value: false,
    message: "enableLogging is false, so the trail records no events. Set enableLogging to true.",
  }),
});
