import { unknown } from "@rampart/policy-testing";
import { caseFixtures } from "../lib/flags.fixtures-kit";

const C = "aws:rds/cluster:Cluster";

export default caseFixtures("aws:rds/instance:Instance", {}, [
  ["instance copying tags", "pass", { engine: "mysql", copyTagsToSnapshot: true }],
  ["Aurora member instance", "pass", { engine: "aurora-mysql" }],
  ["instance without copy-tags", "violate", { engine: "mysql" }, "copyTagsToSnapshot is not set to true"],
  {
    name: "cluster with copy-tags false",
    expect: "violate",
    message: "Set copyTagsToSnapshot to true",
    resource: { type: C, props: { engine: "aurora-mysql", copyTagsToSnapshot: false } },
  },
  { name: "setting unknown", expect: "unknown", resource: { type: C, props: { engine: "aurora-mysql", copyTagsToSnapshot: unknown() } } },
]);
