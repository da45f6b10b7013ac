import { isSet, peek, requireKnown } from "@rampart/policy-core";
import { awsPolicy } from "../policy";

/**
 * Multi-Region and organization CloudTrail trails should deliver events to CloudWatch Logs
 * (`cloudWatchLogsGroupArn`; a value unknown during preview counts as set).
 */
export default awsPolicy({
  name: "aws-cloudtrail-recommend-cloudwatch-logs",
  description: "Multi-Region and organization CloudTrail trails should send events to CloudWatch Logs for monitoring and alarms.",
  severity: "low",
  enforcementLevel: "advisory",
  remediationSteps:
    "Set cloudWatchLogsGroupArn (the log group ARN ending in :*) and cloudWatchLogsRoleArn (a role CloudTrail can assume to write to it), then add metric filters and alarms.",
  url: "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/send-cloudtrail-events-to-cloudwatch-logs.html",
  resourceTypes: ["aws:cloudtrail/trail:Trail"],
  validateResource: ({ props }, report) => {
    if (isSet(props, "cloudWatchLogsGroupArn")) return;
    // Monitoring (CIS metric filters and alarms) is set up on the account's multi-Region or
    // organization trail; single-Region trails for extra data events are not required to stream.
    const multi = peek<unknown>(props, "isMultiRegionTrail");
    const org = peek<unknown>(props, "isOrganizationTrail");
    const isMain = (multi.state === "known" && multi.value === true) || (org.state === "known" && org.value === true);
    if (!isMain) {
      if (multi.state === "unknown") requireKnown(props, "isMultiRegionTrail");
      if (org.state === "unknown") requireKnown(props, "isOrganizationTrail");
      return;
    }
    report(
      "cloudWatchLogsGroupArn is not set, so trail events are not delivered to CloudWatch Logs for metric filters and alarms. Set cloudWatchLogsGroupArn and cloudWatchLogsRoleArn.",
    );
  },
});
