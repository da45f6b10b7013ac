import { fixtures, unknown } from "@rampart/policy-testing";

const RG = "aws:elasticache/replicationGroup:ReplicationGroup";

export default fixtures([
  { name: "failover on", expect: "pass", resource: { type: RG, props: { description: "c", automaticFailoverEnabled: true, numCacheClusters: 2 } } },
  { name: "default (off)", expect: "violate", message: "automaticFailoverEnabled is not true", resource: { type: RG, props: { description: "c" } } },
  {
    name: "explicitly off",
    expect: "violate",
    message: "automaticFailoverEnabled is not true",
    resource: { type: RG, props: { description: "c", automaticFailoverEnabled: false } },
  },
  { name: "flag unknown during preview", expect: "unknown", resource: { type: RG, props: { description: "c", automaticFailoverEnabled: unknown() } } },
  { name: "cluster is not a replication group", expect: "not-applicable", resource: { type: "aws:elasticache/cluster:Cluster", props: {} } },
]);
