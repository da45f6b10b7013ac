import { awsPolicy } from "../policy";
import { forbidValue } from "../lib/flags";

/**
 * ElastiCache caches should take minor engine upgrades automatically. When
 * `autoMinorVersionUpgrade` is not set AWS turns it on (elasticache/replicationGroup.d.ts,
 * cluster.d.ts), so only an explicit false is reported.
 */
export default awsPolicy({
  name: "aws-elasticache-require-auto-minor-version-upgrade",
  description: "ElastiCache caches should have automatic minor version upgrades enabled.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps: "Remove `autoMinorVersionUpgrade: false` (the default is true) so security patches are applied in the maintenance window.",
  url: "https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/VersionManagement.html",
  resourceTypes: ["aws:elasticache/replicationGroup:ReplicationGroup", "aws:elasticache/cluster:Cluster"],
  validateResource: forbidValue({
    path: "autoMinorVersionUpgrade",
    value: false,
    message: "autoMinorVersionUpgrade is false, so minor engine versions with security fixes are not applied. Remove it or set it to true.",
  }),
});
