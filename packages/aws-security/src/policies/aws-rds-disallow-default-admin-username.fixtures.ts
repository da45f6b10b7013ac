import { fixtures, secret, unknown } from "@rampart/policy-testing";

export default fixtures([
  { name: "custom instance user", expect: "pass", resource: { type: "aws:rds/instance:Instance", props: { engine: "mysql", username: "app_owner" } } },
  { name: "replica without a user name", expect: "pass", resource: { type: "aws:rds/instance:Instance", props: { replicateSourceDb: "primary" } } },
  {
    name: "instance with admin",
    expect: "violate",
    message: "username is a default administrator user name",
    resource: { type: "aws:rds/instance:Instance", props: { engine: "mysql", username: "admin" } },
  },
  {
    name: "cluster with postgres as a secret",
    expect: "violate",
    message: "masterUsername is a default administrator user name",
    resource: { type: "aws:rds/cluster:Cluster", props: { engine: "aurora-postgresql", masterUsername: secret("postgres") } },
  },
  {
    name: "user name unknown",
    expect: "unknown",
    resource: { type: "aws:rds/cluster:Cluster", props: { engine: "aurora-postgresql", masterUsername: unknown() } },
  },
]);
