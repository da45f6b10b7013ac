import { ENVIRONMENT_CONFIG, peek, requireKnown, msg } from "@rampart/policy-core";
import { costPolicy } from "../policy";
import { capConfig } from "../lib/cap";
import { limitFor } from "../lib/env";

/** CloudWatch log groups must expire events within the stack's retention cap. */
export default costPolicy({
  name: "aws-cloudwatch-log-retention",
  description: "CloudWatch log groups set retentionInDays at or below the stack's cap; without it (or with 0) logs are kept, and billed, forever.",
  severity: "medium",
  remediationSteps:
    "Set retentionInDays to one of CloudWatch's values (1, 3, 5, 7, 14, 30, 60, 90, 180, 365, …) no larger than the cap; export logs that must be kept longer to S3 with a lifecycle rule, or raise maxRetentionDays / nonProductionMaxRetentionDays.",
  url: "https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/Working-with-log-groups-and-streams.html#SettingLogRetention",
  tags: ["logging"],
  resourceTypes: ["aws:cloudwatch/logGroup:LogGroup"],
  config: {
    ...capConfig("maxRetentionDays", { what: "Longest log retention in days", minimum: 1, production: 365, nonProduction: 30 }),
    ...ENVIRONMENT_CONFIG,
  },
  validateResource: ({ props, config, urn, stackTags }, report) => {
    // DELIVERY log groups have a fixed 2-day retention.
    const cls = peek<string>(props, "logGroupClass");
    if (cls.state === "known" && cls.value === "DELIVERY") return;
    const r = peek<number>(props, "retentionInDays");
    if (r.state === "unknown") return requireKnown(props, "retentionInDays");
    const cap = limitFor({ urn, stackTags }, config, "maxRetentionDays");
    let problem: string | undefined;
    if (r.state === "absent" || r.value === 0) {
      problem = msg`retentionInDays is ${r.state === "absent" ? "not set" : "0"}, so log events never expire. Set retentionInDays to at most ${cap.value} (${cap.key}).`;
    } else if (typeof r.value === "number" && r.value > cap.value) {
      problem = msg`retentionInDays is ${r.value}, above the ${cap.environment} cap ${cap.key} = ${cap.value}. Lower it or raise ${cap.key}.`;
    }
    if (!problem) return;
    // An unknown logGroupClass may turn out to be DELIVERY (fixed retention).
    if (cls.state === "unknown") return requireKnown(props, "logGroupClass");
    report(problem);
  },
});
