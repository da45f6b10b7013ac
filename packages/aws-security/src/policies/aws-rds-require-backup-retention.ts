import { awsRds, requireKnown, msg } from "@rampart/policy-core";
import { awsPolicy } from "../policy";
import { peekForVerdict } from "../lib/read";

/**
 * RDS DB instances and DB clusters must keep automated backups for at least `minimumDays` days
 * (default 7). When `backupRetentionPeriod` is omitted the RDS API uses 1 day (CreateDBInstance
 * and CreateDBCluster, parameter BackupRetentionPeriod). Aurora cluster members are skipped (their
 * backups are the cluster's), as are read replicas.
 */
export default awsPolicy<"aws-rds-require-backup-retention", { minimumDays: number }>({
  name: "aws-rds-require-backup-retention",
  description: "RDS DB instances and clusters must retain automated backups for at least the configured number of days (default 7).",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps: "Set backupRetentionPeriod to the required number of days or more (7 by default, up to 35).",
  url: "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_WorkingWithAutomatedBackups.BackupRetention.html",
  resourceTypes: [awsRds.INSTANCE_TYPE, awsRds.CLUSTER_TYPE],
  config: {
    minimumDays: { type: "integer", description: "Minimum automated backup retention, in days (1-35).", default: 7, minimum: 1, maximum: 35 },
  },
  validateResource: ({ type, props, config }, report) => {
    if (type === awsRds.INSTANCE_TYPE) {
      if (awsRds.isReadReplica(props)) return;
      const aurora = awsRds.instanceIsAurora(props);
      if (aurora === "yes") return;
      if (aurora === "unknown") requireKnown(props, "engine");
    }
    const days = peekForVerdict<unknown>(props, "backupRetentionPeriod");
    const value = days.state === "known" && typeof days.value === "number" ? days.value : undefined;
    if (value !== undefined && value >= config.minimumDays) return;
    const what = value === undefined ? "backupRetentionPeriod is not set (the RDS API default is 1 day)" : msg`backupRetentionPeriod is ${value} day(s)`;
    report(msg`${what}, below the required ${config.minimumDays} days. Set backupRetentionPeriod to ${config.minimumDays} or more.`);
  },
});
