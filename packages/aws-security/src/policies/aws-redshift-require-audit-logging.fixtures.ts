import { fixtures, unknown } from "@rampart/policy-testing";

const C = "aws:redshift/cluster:Cluster";
const L = "aws:redshift/logging:Logging";
const base = { clusterIdentifier: "dw", nodeType: "ra3.xlplus" };

export default fixtures([
  {
    name: "cluster logging to CloudWatch",
    expect: "pass",
    resources: [
      { type: C, name: "dw", props: { ...base } },
      { type: L, name: "dw-logs", props: { clusterIdentifier: "dw", logDestinationType: "cloudwatch", logExports: ["connectionlog", "userlog"] } },
    ],
  },
  {
    name: "logging linked by property dependency during preview",
    expect: "pass",
    resources: [
      { type: C, name: "dw", props: { ...base, clusterIdentifier: unknown() } },
      {
        type: L,
        name: "dw-logs",
        props: { clusterIdentifier: unknown(), logDestinationType: "s3", bucketName: "logs" },
        propertyDependencies: { clusterIdentifier: ["dw"] },
      },
    ],
  },
  {
    name: "cluster without audit logging",
    expect: "violate",
    target: "dw",
    message: 'Cluster "dw" has no audit logging',
    resources: [{ type: C, name: "dw", props: { ...base } }],
  },
  {
    name: "logging for another cluster",
    expect: "violate",
    target: "dw2",
    message: 'Cluster "dw2" has no audit logging',
    resources: [
      { type: C, name: "dw", props: { ...base } },
      { type: C, name: "dw2", props: { ...base, clusterIdentifier: "dw2" } },
      { type: L, name: "dw-logs", props: { clusterIdentifier: "dw", logDestinationType: "cloudwatch" } },
    ],
  },
  {
    name: "logging resource with an unresolvable cluster",
    expect: "unknown",
    resources: [
      { type: C, name: "dw", props: { ...base } },
      { type: L, name: "logs", props: { clusterIdentifier: unknown(), logDestinationType: "cloudwatch" } },
    ],
  },
]);
