import { unknown } from "@rampart/policy-testing";
import { OMITTED, propertyFixtures } from "../lib/flags.fixtures-kit";

const RG = "aws:elasticache/replicationGroup:ReplicationGroup";

export default propertyFixtures(RG, { description: "c" }, "automaticFailoverEnabled", [
  { name: "failover on", expect: "pass", resource: { type: RG, props: { description: "c", automaticFailoverEnabled: true, numCacheClusters: 2 } } },
  ["default (off)", "violate", OMITTED, "automaticFailoverEnabled is not true"],
  ["explicitly off", "violate", false, "automaticFailoverEnabled is not true"],
  ["flag unknown during preview", "unknown", unknown()],
  { name: "cluster is not a replication group", expect: "not-applicable", resource: { type: "aws:elasticache/cluster:Cluster", props: {} } },
]);
