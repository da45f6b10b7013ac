import { fixtures, unknown } from "@rampart/policy-testing";

export default fixtures([
  { name: "default (on)", expect: "pass", resource: { type: "aws:rds/instance:Instance", props: { engine: "mysql" } } },
  {
    name: "explicitly on",
    expect: "pass",
    resource: { type: "aws:rds/clusterInstance:ClusterInstance", props: { engine: "aurora-mysql", autoMinorVersionUpgrade: true } },
  },
  {
    name: "instance with upgrades off",
    expect: "violate",
    message: "autoMinorVersionUpgrade is false",
    resource: { type: "aws:rds/instance:Instance", props: { engine: "mysql", autoMinorVersionUpgrade: false } },
  },
  {
    name: "Multi-AZ DB cluster with upgrades off",
    expect: "violate",
    message: "Set autoMinorVersionUpgrade to true",
    resource: { type: "aws:rds/cluster:Cluster", props: { engine: "postgres", autoMinorVersionUpgrade: false } },
  },
  {
    name: "setting unknown",
    expect: "unknown",
    resource: { type: "aws:rds/clusterInstance:ClusterInstance", props: { engine: "aurora-mysql", autoMinorVersionUpgrade: unknown() } },
  },
]);
