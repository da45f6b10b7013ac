import { peek, msg } from "@rampart/policy-core";
import { awsPolicy } from "../policy";
import { peekForVerdict } from "../lib/read";

/**
 * ElastiCache (Redis OSS / Valkey) replication groups and standalone clusters should keep
 * automatic backups: `snapshotRetentionLimit` (days; 0 or unset = off) at least
 * `minimumRetentionDays`. Memcached clusters (no backups) and clusters that join a replication
 * group (`replicationGroupId`, the group's setting applies) are skipped.
 */
export default awsPolicy({
  name: "aws-elasticache-require-automatic-backups",
  description: "ElastiCache Redis OSS and Valkey caches should have automatic backups enabled.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    "Set `snapshotRetentionLimit` to the number of days of automatic backups to keep (at least the configured minimum) and optionally `snapshotWindow`.",
  url: "https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/backups-automatic.html",
  resourceTypes: ["aws:elasticache/replicationGroup:ReplicationGroup", "aws:elasticache/cluster:Cluster"],
  config: {
    minimumRetentionDays: { type: "integer", minimum: 1, description: "Minimum snapshotRetentionLimit in days.", default: 1 },
  },
  validateResource: ({ type, props, config }, report) => {
    if (type === "aws:elasticache/cluster:Cluster") {
      if (peek(props, "replicationGroupId").state !== "absent") return;
      const engine = peekForVerdict<string>(props, "engine");
      if (engine.state !== "known" || engine.value === "memcached") return;
    }
    const days = peekForVerdict<number>(props, "snapshotRetentionLimit");
    if (days.state === "absent") {
      report(msg`snapshotRetentionLimit is not set, so automatic backups are off. Set it to at least ${config.minimumRetentionDays} day(s).`);
    } else if (days.state === "known" && typeof days.value === "number" && days.value < config.minimumRetentionDays) {
      report(
        msg`snapshotRetentionLimit is ${days.value}, below the minimum of ${config.minimumRetentionDays} day(s)${days.value === 0 ? " (0 turns automatic backups off)" : ""}. Raise it.`,
      );
    }
  },
});
