import { unknown } from "@rampart/policy-testing";
import { OMITTED, propertyFixtures } from "../lib/flags.fixtures-kit";

const base = { clusterIdentifier: "dw", nodeType: "ra3.xlplus" };

export default propertyFixtures("aws:redshift/cluster:Cluster", base, "publiclyAccessible", [
  ["default (private)", "pass", OMITTED],
  ["explicitly private", "pass", false],
  ["public cluster", "violate", true, "publiclyAccessible is true"],
  ["flag unknown during preview", "unknown", unknown()],
  { name: "subnet group is not a cluster", expect: "not-applicable", resource: { type: "aws:redshift/subnetGroup:SubnetGroup", props: {} } },
]);
