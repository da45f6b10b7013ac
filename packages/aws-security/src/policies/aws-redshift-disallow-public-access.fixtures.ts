import { fixtures, unknown } from "@rampart/policy-testing";

const C = "aws:redshift/cluster:Cluster";
const base = { clusterIdentifier: "dw", nodeType: "ra3.xlplus" };

export default fixtures([
  { name: "default (private)", expect: "pass", resource: { type: C, props: { ...base } } },
  { name: "explicitly private", expect: "pass", resource: { type: C, props: { ...base, publiclyAccessible: false } } },
  { name: "public cluster", expect: "violate", message: "publiclyAccessible is true", resource: { type: C, props: { ...base, publiclyAccessible: true } } },
  { name: "flag unknown during preview", expect: "unknown", resource: { type: C, props: { ...base, publiclyAccessible: unknown() } } },
  { name: "subnet group is not a cluster", expect: "not-applicable", resource: { type: "aws:redshift/subnetGroup:SubnetGroup", props: {} } },
]);
