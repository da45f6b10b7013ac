import { fixtures, unknown } from "@rampart/policy-testing";

const C = "aws:redshift/cluster:Cluster";
const base = { clusterIdentifier: "dw", nodeType: "ra3.xlplus" };

export default fixtures([
  { name: "default (encrypted)", expect: "pass", resource: { type: C, props: { ...base } } },
  {
    name: "encrypted with a CMK",
    expect: "pass",
    config: { requireCustomerManagedKey: true },
    resource: { type: C, props: { ...base, encrypted: "true", kmsKeyId: "arn:aws:kms:us-east-1:111122223333:key/k" } },
  },
  { name: "encryption turned off", expect: "violate", message: 'encrypted is "false"', resource: { type: C, props: { ...base, encrypted: "false" } } },
  { name: "encryption turned off (boolean)", expect: "violate", message: 'encrypted is "false"', resource: { type: C, props: { ...base, encrypted: false } } },
  {
    name: "CMK required but not set",
    expect: "violate",
    config: { requireCustomerManagedKey: true },
    message: "kmsKeyId is not set",
    resource: { type: C, props: { ...base, encrypted: "true" } },
  },
  { name: "flag unknown during preview", expect: "unknown", resource: { type: C, props: { ...base, encrypted: unknown() } } },
  { name: "parameter group is not a cluster", expect: "not-applicable", resource: { type: "aws:redshift/parameterGroup:ParameterGroup", props: {} } },
]);
