import { unknown } from "@rampart/policy-testing";
import { caseFixtures } from "../lib/flags.fixtures-kit";

const RG = "aws:elasticache/replicationGroup:ReplicationGroup";
const CL = "aws:elasticache/cluster:Cluster";

export default caseFixtures(RG, { description: "c" }, [
  ["replication group with 7 days of backups", "pass", { snapshotRetentionLimit: 7 }],
  { name: "memcached cluster has no backups", expect: "pass", resource: { type: CL, props: { engine: "memcached", nodeType: "cache.t3.micro" } } },
  { name: "cluster inside a replication group", expect: "pass", resource: { type: CL, props: { replicationGroupId: "rg-1" } } },
  ["replication group without backups", "violate", {}, "snapshotRetentionLimit is not set"],
  {
    name: "redis cluster with backups off",
    expect: "violate",
    message: "snapshotRetentionLimit is 0",
    resource: { type: CL, props: { engine: "redis", snapshotRetentionLimit: 0 } },
  },
  {
    name: "below configured minimum",
    expect: "violate",
    config: { minimumRetentionDays: 7 },
    message: "below the minimum of 7",
    resource: { type: RG, props: { description: "c", snapshotRetentionLimit: 3 } },
  },
  ["retention unknown during preview", "unknown", { snapshotRetentionLimit: unknown() }],
  { name: "subnet group is not a cache", expect: "not-applicable", resource: { type: "aws:elasticache/subnetGroup:SubnetGroup", props: {} } },
]);
