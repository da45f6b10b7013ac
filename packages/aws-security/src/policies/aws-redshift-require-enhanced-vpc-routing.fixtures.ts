import { fixtures, unknown } from "@rampart/policy-testing";

const C = "aws:redshift/cluster:Cluster";
const base = { clusterIdentifier: "dw", nodeType: "ra3.xlplus" };

export default fixtures([
  { name: "enhanced VPC routing on", expect: "pass", resource: { type: C, props: { ...base, enhancedVpcRouting: true } } },
  { name: "default (off)", expect: "violate", message: "enhancedVpcRouting is not true", resource: { type: C, props: { ...base } } },
  { name: "flag unknown during preview", expect: "unknown", resource: { type: C, props: { ...base, enhancedVpcRouting: unknown() } } },
  { name: "snapshot is not a cluster", expect: "not-applicable", resource: { type: "aws:redshift/clusterSnapshot:ClusterSnapshot", props: {} } },
]);
