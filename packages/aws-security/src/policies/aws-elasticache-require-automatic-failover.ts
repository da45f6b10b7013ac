import { peek, requireKnown } from "@rampart/policy-core";
import { awsPolicy } from "../policy";

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
  validateResource: ({ props }, report) => {
    const f = peek<boolean>(props, "automaticFailoverEnabled");
    if (f.state === "unknown") requireKnown(props, "automaticFailoverEnabled");
    if (f.state === "absent" || (f.state === "known" && f.value !== true)) {
      report(
        "automaticFailoverEnabled is not true, so a failed primary is not replaced by a replica automatically. Set automaticFailoverEnabled to true with at least one replica.",
      );
    }
  },
});
