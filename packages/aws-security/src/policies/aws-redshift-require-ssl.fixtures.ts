import { fixtures, unknown } from "@rampart/policy-testing";

const C = "aws:redshift/cluster:Cluster";
const PG = "aws:redshift/parameterGroup:ParameterGroup";
const base = { clusterIdentifier: "dw", nodeType: "ra3.xlplus" };

export default fixtures([
  {
    name: "parameter group requires SSL",
    expect: "pass",
    resources: [
      { type: PG, name: "pg", props: { name: "dw-params", family: "redshift-1.0", parameters: [{ name: "require_ssl", value: "true" }] } },
      { type: C, name: "dw", props: { ...base, clusterParameterGroupName: "dw-params" } },
    ],
  },
  { name: "default parameter group is not judged", expect: "pass", resources: [{ type: C, name: "dw", props: { ...base } }] },
  {
    name: "parameter group without require_ssl",
    expect: "violate",
    target: "dw",
    message: 'parameter group "pg" does not set require_ssl',
    resources: [
      { type: PG, name: "pg", props: { name: "dw-params", family: "redshift-1.0", parameters: [{ name: "enable_user_activity_logging", value: "true" }] } },
      { type: C, name: "dw", props: { ...base, clusterParameterGroupName: "dw-params" } },
    ],
  },
  {
    name: "require_ssl false, linked by property dependency",
    expect: "violate",
    target: "dw",
    message: "does not set require_ssl",
    resources: [
      { type: PG, name: "pg", props: { name: unknown(), family: "redshift-1.0", parameters: [{ name: "require_ssl", value: "false" }] } },
      { type: C, name: "dw", props: { ...base, clusterParameterGroupName: unknown() }, propertyDependencies: { clusterParameterGroupName: ["pg"] } },
    ],
  },
  {
    name: "require_ssl value unknown during preview",
    expect: "unknown",
    resources: [
      { type: PG, name: "pg", props: { name: "dw-params", family: "redshift-1.0", parameters: [{ name: "require_ssl", value: unknown() }] } },
      { type: C, name: "dw", props: { ...base, clusterParameterGroupName: "dw-params" } },
    ],
  },
  {
    name: "parameter name of the wrong type does not throw",
    expect: "violate",
    target: "dw",
    message: "does not set require_ssl",
    resources: [
      { type: PG, name: "pg", props: { name: "dw-params", family: "redshift-1.0", parameters: [{ name: 42, value: "true" }] } },
      { type: C, name: "dw", props: { ...base, clusterParameterGroupName: "dw-params" } },
    ],
  },
]);
