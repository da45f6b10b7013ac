import { unknown } from "@rampart/policy-testing";
import { OMITTED, propertyFixtures } from "../lib/flags.fixtures-kit";

export default propertyFixtures("aws:elasticache/replicationGroup:ReplicationGroup", { description: "c" }, "autoMinorVersionUpgrade", [
  ["default (on)", "pass", OMITTED],
  { name: "explicitly on", expect: "pass", resource: { type: "aws:elasticache/cluster:Cluster", props: { engine: "redis", autoMinorVersionUpgrade: true } } },
  ["turned off", "violate", false, "autoMinorVersionUpgrade is false"],
  ["flag unknown during preview", "unknown", unknown()],
  { name: "parameter group is not a cache", expect: "not-applicable", resource: { type: "aws:elasticache/parameterGroup:ParameterGroup", props: {} } },
]);
