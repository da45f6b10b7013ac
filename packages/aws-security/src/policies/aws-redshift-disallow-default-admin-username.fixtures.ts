import { fixtures, unknown } from "@rampart/policy-testing";

const C = "aws:redshift/cluster:Cluster";
const base = { clusterIdentifier: "dw", nodeType: "ra3.xlplus" };

export default fixtures([
  { name: "custom admin name", expect: "pass", resource: { type: C, props: { ...base, masterUsername: "dw_admin" } } },
  {
    name: "default admin name",
    expect: "violate",
    message: 'masterUsername is the default admin name "awsuser"',
    resource: { type: C, props: { ...base, masterUsername: "awsuser" } },
  },
  { name: "admin name unknown during preview", expect: "unknown", resource: { type: C, props: { ...base, masterUsername: unknown() } } },
  { name: "endpoint access is not a cluster", expect: "not-applicable", resource: { type: "aws:redshift/endpointAccess:EndpointAccess", props: {} } },
]);
