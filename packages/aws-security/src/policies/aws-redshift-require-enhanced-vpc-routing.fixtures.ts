import { unknown } from "@rampart/policy-testing";
import { OMITTED, propertyFixtures } from "../lib/flags.fixtures-kit";

const base = { clusterIdentifier: "dw", nodeType: "ra3.xlplus" };

export default propertyFixtures("aws:redshift/cluster:Cluster", base, "enhancedVpcRouting", [
  ["enhanced VPC routing on", "pass", true],
  ["default (off)", "violate", OMITTED, "enhancedVpcRouting is not true"],
  ["flag unknown during preview", "unknown", unknown()],
  { name: "snapshot is not a cluster", expect: "not-applicable", resource: { type: "aws:redshift/clusterSnapshot:ClusterSnapshot", props: {} } },
]);
