import { awsPolicy } from "../policy";
import { requireTrue } from "../lib/flags";

/** DynamoDB tables must have point-in-time recovery (continuous backups) enabled. */
export default awsPolicy({
  name: "aws-dynamodb-require-point-in-time-recovery",
  description: "DynamoDB tables must have point-in-time recovery enabled.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps: "Set pointInTimeRecovery: { enabled: true } on the table (optionally recoveryPeriodInDays, 1-35).",
  url: "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/PointInTimeRecovery.html",
  resourceTypes: ["aws:dynamodb/table:Table"],
  validateResource: requireTrue({
    path: "pointInTimeRecovery.enabled",
    message: "pointInTimeRecovery.enabled is not true, so the table cannot be restored to a point in time. Set pointInTimeRecovery: { enabled: true }.",
  }),
});
