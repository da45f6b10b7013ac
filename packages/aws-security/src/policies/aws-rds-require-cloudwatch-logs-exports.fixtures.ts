import { fixtures, unknown } from "@rampart/policy-testing";

export default fixtures([
  {
    name: "PostgreSQL instance exporting logs",
    expect: "pass",
    resource: { type: "aws:rds/instance:Instance", props: { engine: "postgres", enabledCloudwatchLogsExports: ["postgresql", "upgrade"] } },
  },
  { name: "Aurora member instance", expect: "pass", resource: { type: "aws:rds/instance:Instance", props: { engine: "aurora-postgresql" } } },
  {
    name: "instance without exports",
    expect: "violate",
    message: "enabledCloudwatchLogsExports is empty",
    resource: { type: "aws:rds/instance:Instance", props: { engine: "mysql" } },
  },
  {
    name: "cluster with an empty list",
    expect: "violate",
    message: "not published to CloudWatch Logs",
    resource: { type: "aws:rds/cluster:Cluster", props: { engine: "aurora-mysql", enabledCloudwatchLogsExports: [] } },
  },
  {
    name: "list unknown",
    expect: "unknown",
    resource: { type: "aws:rds/cluster:Cluster", props: { engine: "aurora-mysql", enabledCloudwatchLogsExports: unknown() } },
  },
]);
