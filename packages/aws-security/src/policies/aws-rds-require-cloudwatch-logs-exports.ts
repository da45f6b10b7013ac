import { awsRds, peekItems, requireKnown } from "@rampart/policy-core";
import { awsPolicy } from "../policy";

/**
 * RDS DB instances and clusters should publish database logs to CloudWatch Logs
 * (`enabledCloudwatchLogsExports` with at least one log type). Aurora member instances are
 * skipped: Aurora exports logs at cluster level.
 */
export default awsPolicy({
  name: "aws-rds-require-cloudwatch-logs-exports",
  description: "RDS DB instances and clusters should export database logs to CloudWatch Logs.",
  severity: "low",
  enforcementLevel: "advisory",
  remediationSteps:
    'Set enabledCloudwatchLogsExports to the engine\'s log types, e.g. ["postgresql", "upgrade"] for PostgreSQL, ["audit", "error", "general", "slowquery"] for MySQL/MariaDB, ["alert", "audit", "listener", "trace"] for Oracle, ["agent", "error"] for SQL Server.',
  url: "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_LogAccess.Procedural.UploadtoCloudWatch.html",
  resourceTypes: [awsRds.INSTANCE_TYPE, awsRds.CLUSTER_TYPE],
  validateResource: ({ type, props }, report) => {
    const logs = peekItems<unknown>(props, "enabledCloudwatchLogsExports");
    if (logs.known.length) return;
    if (type === awsRds.INSTANCE_TYPE) {
      const aurora = awsRds.instanceIsAurora(props);
      if (aurora === "yes") return;
      if (aurora === "unknown") requireKnown(props, "engine");
    }
    if (logs.unknown) requireKnown(props, "enabledCloudwatchLogsExports");
    report("enabledCloudwatchLogsExports is empty, so database logs are not published to CloudWatch Logs. Add the engine's log types.");
  },
});
