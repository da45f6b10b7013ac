import { fixtures, unknown } from "@rampart/policy-testing";

const role = "arn:aws:iam::111122223333:role/rds-monitoring";

export default fixtures([
  {
    name: "60-second monitoring",
    expect: "pass",
    resource: { type: "aws:rds/instance:Instance", props: { engine: "mysql", monitoringInterval: 60, monitoringRoleArn: role } },
  },
  {
    name: "Aurora instance with 15-second monitoring",
    expect: "pass",
    resource: { type: "aws:rds/clusterInstance:ClusterInstance", props: { engine: "aurora-mysql", monitoringInterval: 15, monitoringRoleArn: role } },
  },
  {
    name: "monitoring off by default",
    expect: "violate",
    message: "Enhanced Monitoring is off",
    resource: { type: "aws:rds/instance:Instance", props: { engine: "mysql" } },
  },
  {
    name: "interval above a configured 15 seconds",
    expect: "violate",
    message: "longer than the allowed 15",
    config: { maximumIntervalSeconds: 15 },
    resource: { type: "aws:rds/instance:Instance", props: { engine: "mysql", monitoringInterval: 60, monitoringRoleArn: role } },
  },
  { name: "interval unknown", expect: "unknown", resource: { type: "aws:rds/instance:Instance", props: { engine: "mysql", monitoringInterval: unknown() } } },
]);
