import { unknown } from "@rampart/policy-testing";
import { OMITTED, propertyFixtures } from "../lib/flags.fixtures-kit";

const CI = "aws:rds/clusterInstance:ClusterInstance";

export default propertyFixtures("aws:rds/instance:Instance", { engine: "mysql", instanceClass: "db.t4g.micro" }, "publiclyAccessible", [
  ["private instance (default)", "pass", OMITTED],
  ["publiclyAccessible false", "pass", false],
  ["public instance", "violate", true, "publiclyAccessible is true"],
  {
    name: "public Aurora cluster instance",
    expect: "violate",
    message: "Set publiclyAccessible to false",
    resource: { type: CI, props: { engine: "aurora-postgresql", clusterIdentifier: "c1", instanceClass: "db.r6g.large", publiclyAccessible: true } },
  },
  ["publiclyAccessible unknown", "unknown", unknown()],
  { name: "cluster itself is another type", expect: "not-applicable", resource: { type: "aws:rds/cluster:Cluster", props: { engine: "aurora-mysql" } } },
]);
