import { fixtures, unknown } from "@rampart/policy-testing";

const C = "aws:elasticache/cluster:Cluster";
const RG = "aws:elasticache/replicationGroup:ReplicationGroup";

export default fixtures([
  { name: "cache.t4g.small", expect: "pass", resource: { type: C, props: { engine: "redis", nodeType: "cache.t4g.small", numCacheNodes: 1 } } },
  {
    name: "replication group from a global datastore (no node type)",
    expect: "pass",
    resource: { type: RG, props: { description: "x", globalReplicationGroupId: "g1" } },
  },
  {
    name: "r7g.2xlarge in production",
    expect: "pass",
    config: { productionStackPattern: "^dev$" },
    resource: { type: RG, props: { description: "x", nodeType: "cache.r7g.2xlarge" } },
  },
  {
    name: "r7g.2xlarge in dev",
    expect: "violate",
    message: "nonProductionMaxSize",
    resource: { type: RG, props: { description: "x", nodeType: "cache.r7g.2xlarge" } },
  },
  {
    name: "previous generation",
    expect: "violate",
    message: 'blockedNodeTypes pattern "cache.t2.*"',
    resource: { type: C, props: { engine: "redis", nodeType: "cache.t2.micro" } },
  },
  {
    name: "configured allow-list",
    expect: "violate",
    message: "not in allowedNodeTypes",
    config: { allowedNodeTypes: ["cache.t4g.*"] },
    resource: { type: C, props: { nodeType: "cache.m7g.large" } },
  },
  { name: "node type unknown", expect: "unknown", resource: { type: C, props: { nodeType: unknown() } } },
]);
