import { awsCloudFront, peek } from "@rampart/policy-core";
import { peekForVerdict } from "../lib/read";
import { awsPolicy } from "../policy";

/** CloudFront distributions should have standard logging (`loggingConfig.bucket`). */
export default awsPolicy({
  name: "aws-cloudfront-require-logging",
  description: "CloudFront distributions should have standard (access) logging enabled.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    'Set loggingConfig {bucket: "<log-bucket>.s3.amazonaws.com", prefix: "<distribution>/"} on the distribution (the bucket needs ACLs enabled for the awslogsdelivery account).',
  url: "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/AccessLogs.html",
  resourceTypes: [awsCloudFront.DISTRIBUTION_TYPE],
  validateResource: ({ props }, report) => {
    peekForVerdict(props, "loggingConfig");
    const bucket = peek(props, "loggingConfig.bucket");
    if (bucket.state === "absent") report("loggingConfig.bucket is not set, so the distribution writes no access logs. Set loggingConfig with a log bucket.");
  },
});
