import { peek, requireKnown } from "@rampart/policy-core";
import { awsPolicy } from "../policy";

/** DynamoDB tables must have point-in-time recovery (continuous backups) enabled. */
export default awsPolicy({
  name: "aws-dynamodb-require-point-in-time-recovery",
  description: "DynamoDB tables must have point-in-time recovery enabled.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps: "Set pointInTimeRecovery: { enabled: true } on the table (optionally recoveryPeriodInDays, 1-35).",
  url: "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/PointInTimeRecovery.html",
  resourceTypes: ["aws:dynamodb/table:Table"],
  validateResource: ({ props }, report) => {
    const v = peek<unknown>(props, "pointInTimeRecovery.enabled");
    if (v.state === "unknown") requireKnown(props, "pointInTimeRecovery.enabled");
    if (v.state === "known" && v.value === true) return;
    report("pointInTimeRecovery.enabled is not true, so the table cannot be restored to a point in time. Set pointInTimeRecovery: { enabled: true }.");
  },
});
