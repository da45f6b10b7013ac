import { fixtures, unknown } from "@rampart/policy-testing";

const I = "aws:rds/instance:Instance";
const CI = "aws:rds/clusterInstance:ClusterInstance";

export default fixtures([
  { name: "private instance (default)", expect: "pass", resource: { type: I, props: { engine: "mysql", instanceClass: "db.t4g.micro" } } },
  {
    name: "publiclyAccessible false",
    expect: "pass",
    resource: { type: I, props: { engine: "mysql", instanceClass: "db.t4g.micro", publiclyAccessible: false } },
  },
  {
    name: "public instance",
    expect: "violate",
    message: "publiclyAccessible is true",
    resource: { type: I, props: { engine: "mysql", instanceClass: "db.t4g.micro", publiclyAccessible: true } },
  },
  {
    name: "public Aurora cluster instance",
    expect: "violate",
    message: "Set publiclyAccessible to false",
    resource: { type: CI, props: { engine: "aurora-postgresql", clusterIdentifier: "c1", instanceClass: "db.r6g.large", publiclyAccessible: true } },
  },
  {
    name: "publiclyAccessible unknown",
    expect: "unknown",
    resource: { type: I, props: { engine: "mysql", instanceClass: "db.t4g.micro", publiclyAccessible: unknown() } },
  },
  { name: "cluster itself is another type", expect: "not-applicable", resource: { type: "aws:rds/cluster:Cluster", props: { engine: "aurora-mysql" } } },
]);
