import { fixtures, unknown } from "@rampart/policy-testing";

export default fixtures([
  { name: "instance copying tags", expect: "pass", resource: { type: "aws:rds/instance:Instance", props: { engine: "mysql", copyTagsToSnapshot: true } } },
  { name: "Aurora member instance", expect: "pass", resource: { type: "aws:rds/instance:Instance", props: { engine: "aurora-mysql" } } },
  {
    name: "instance without copy-tags",
    expect: "violate",
    message: "copyTagsToSnapshot is not set to true",
    resource: { type: "aws:rds/instance:Instance", props: { engine: "mysql" } },
  },
  {
    name: "cluster with copy-tags false",
    expect: "violate",
    message: "Set copyTagsToSnapshot to true",
    resource: { type: "aws:rds/cluster:Cluster", props: { engine: "aurora-mysql", copyTagsToSnapshot: false } },
  },
  {
    name: "setting unknown",
    expect: "unknown",
    resource: { type: "aws:rds/cluster:Cluster", props: { engine: "aurora-mysql", copyTagsToSnapshot: unknown() } },
  },
]);
