import { unknown } from "@rampart/policy-testing";
import { resourceOf, stackFixtures } from "../lib/companions.fixtures-kit";

const cluster = resourceOf("aws:redshift/cluster:Cluster");
const logging = resourceOf("aws:redshift/logging:Logging");
const base = { clusterIdentifier: "dw", nodeType: "ra3.xlplus" };

export default stackFixtures([
  [
    "cluster logging to CloudWatch",
    "pass",
    [cluster("dw", { ...base }), logging("dw-logs", { clusterIdentifier: "dw", logDestinationType: "cloudwatch", logExports: ["connectionlog", "userlog"] })],
  ],
  [
    "logging linked by property dependency during preview",
    "pass",
    [
      cluster("dw", { ...base, clusterIdentifier: unknown() }),
      logging("dw-logs", { clusterIdentifier: unknown(), logDestinationType: "s3", bucketName: "logs" }, { clusterIdentifier: ["dw"] }),
    ],
  ],
  ["cluster without audit logging", "violate", [cluster("dw", { ...base })], 'Cluster "dw" has no audit logging', "dw"],
  [
    "logging for another cluster",
    "violate",
    [
      cluster("dw", { ...base }),
      cluster("dw2", { ...base, clusterIdentifier: "dw2" }),
      logging("dw-logs", { clusterIdentifier: "dw", logDestinationType: "cloudwatch" }),
    ],
    'Cluster "dw2" has no audit logging',
    "dw2",
  ],
  [
    "logging resource with an unresolvable cluster",
    "unknown",
    [cluster("dw", { ...base }), logging("logs", { clusterIdentifier: unknown(), logDestinationType: "cloudwatch" })],
  ],
]);
