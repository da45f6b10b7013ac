import { awsPolicy } from "../policy";
import { requireTrue } from "../lib/flags";

/** CloudTrail trails must have log file integrity validation enabled. */
export default awsPolicy({
  name: "aws-cloudtrail-require-log-file-validation",
  description: "CloudTrail trails must have log file integrity validation enabled.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps: "Set enableLogFileValidation to true so CloudTrail delivers signed digest files that prove whether log files were changed or deleted.",
  url: "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-log-file-validation-intro.html",
  resourceTypes: ["aws:cloudtrail/trail:Trail"],
  validateResource: requireTrue({
    path: "enableLogFileValidation",
    message: "enableLogFileValidation is not set to true, so tampering with delivered log files cannot be detected. Set enableLogFileValidation to true.",
  }),
});
