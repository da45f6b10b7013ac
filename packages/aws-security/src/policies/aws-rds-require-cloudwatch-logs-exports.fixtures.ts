import { unknown } from "@rampart/policy-testing";
import { caseFixtures } from "../lib/flags.fixtures-kit";

const C = "aws:rds/cluster:Cluster";

export default caseFixtures("aws:rds/instance:Instance", {}, [
  ["PostgreSQL instance exporting logs", "pass", { engine: "postgres", enabledCloudwatchLogsExports: ["postgresql", "upgrade"] }],
  ["Aurora member instance", "pass", { engine: "aurora-postgresql" }],
  ["instance without exports", "violate", { engine: "mysql" }, "enabledCloudwatchLogsExports is empty"],
  {
    name: "cluster with an empty list",
    expect: "violate",
    message: "not published to CloudWatch Logs",
    resource: { type: C, props: { engine: "aurora-mysql", enabledCloudwatchLogsExports: [] } },
  },
  { name: "list unknown", expect: "unknown", resource: { type: C, props: { engine: "aurora-mysql", enabledCloudwatchLogsExports: unknown() } } },
]);
