import { awsPolicy } from "../policy";
import { requireTrue } from "../lib/flags";

/**
 * ElastiCache replication groups should fail over automatically: `automaticFailoverEnabled`
 * defaults to false (elasticache/replicationGroup.d.ts) and needs at least one replica.
 */
export default awsPolicy({
  name: "aws-elasticache-require-automatic-failover",
  description: "ElastiCache replication groups should have automatic failover enabled.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    "Set `automaticFailoverEnabled: true` (and `multiAzEnabled: true`) with at least one replica (`numCacheClusters` >= 2 or `replicasPerNodeGroup` >= 1).",
  url: "https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/AutoFailover.html",
  resourceTypes: ["aws:elasticache/replicationGroup:ReplicationGroup"],
  validateResource: requireTrue({
    path: "automaticFailoverEnabled",
    message:
      "automaticFailoverEnabled is not true, so a failed primary is not replaced by a replica automatically. Set automaticFailoverEnabled to true with at least one replica.",
  }),
});
