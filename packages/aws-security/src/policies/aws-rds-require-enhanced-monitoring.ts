import { awsRds, msg } from "@rampart/policy-core";
import { awsPolicy } from "../policy";
import { peekForVerdict } from "../lib/read";

/**
 * RDS DB instances and Aurora cluster instances should have Enhanced Monitoring on:
 * `monitoringInterval` (seconds; 0 = off, the default) must be one of 1, 5, 10, 15, 30, 60, and at
 * most `maximumIntervalSeconds` (default 60).
 */
export default awsPolicy<"aws-rds-require-enhanced-monitoring", { maximumIntervalSeconds: number }>({
  name: "aws-rds-require-enhanced-monitoring",
  description: "RDS DB instances should have Enhanced Monitoring enabled.",
  severity: "low",
  enforcementLevel: "advisory",
  remediationSteps:
    "Set monitoringInterval to 60 seconds or less (1, 5, 10, 15, 30 or 60) and monitoringRoleArn to a role that trusts monitoring.rds.amazonaws.com with the AmazonRDSEnhancedMonitoringRole managed policy.",
  url: "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_Monitoring.OS.html",
  resourceTypes: [awsRds.INSTANCE_TYPE, awsRds.CLUSTER_INSTANCE_TYPE],
  config: {
    maximumIntervalSeconds: {
      type: "integer",
      description: "Longest acceptable Enhanced Monitoring interval, in seconds.",
      default: 60,
      minimum: 1,
      maximum: 60,
    },
  },
  validateResource: ({ props, config }, report) => {
    const v = peekForVerdict<unknown>(props, "monitoringInterval");
    const n = v.state === "known" && typeof v.value === "number" ? v.value : 0;
    if (n > 0 && n <= config.maximumIntervalSeconds) return;
    report(
      n === 0
        ? "monitoringInterval is 0 or not set, so Enhanced Monitoring is off. Set monitoringInterval (e.g. 60) and monitoringRoleArn."
        : msg`monitoringInterval is ${n} seconds, longer than the allowed ${config.maximumIntervalSeconds}. Lower monitoringInterval.`,
    );
  },
});
