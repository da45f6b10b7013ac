import { fixtures, unknown } from "@rampart/policy-testing";

const RG = "aws:elasticache/replicationGroup:ReplicationGroup";

export default fixtures([
  { name: "default (on)", expect: "pass", resource: { type: RG, props: { description: "c" } } },
  { name: "explicitly on", expect: "pass", resource: { type: "aws:elasticache/cluster:Cluster", props: { engine: "redis", autoMinorVersionUpgrade: true } } },
  {
    name: "turned off",
    expect: "violate",
    message: "autoMinorVersionUpgrade is false",
    resource: { type: RG, props: { description: "c", autoMinorVersionUpgrade: false } },
  },
  { name: "flag unknown during preview", expect: "unknown", resource: { type: RG, props: { description: "c", autoMinorVersionUpgrade: unknown() } } },
  { name: "parameter group is not a cache", expect: "not-applicable", resource: { type: "aws:elasticache/parameterGroup:ParameterGroup", props: {} } },
]);
