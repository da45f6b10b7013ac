import { fixtures, unknown } from "@rampart/policy-testing";
import { inAndOutsideProduction } from "../lib/environment.fixtures-kit";

const I = "aws:rds/instance:Instance";
const CI = "aws:rds/clusterInstance:ClusterInstance";

export default fixtures([
  { name: "db.t4g.medium", expect: "pass", resource: { type: I, props: { instanceClass: "db.t4g.medium", engine: "postgres" } } },
  { name: "Aurora serverless v2 class", expect: "pass", resource: { type: CI, props: { instanceClass: "db.serverless", clusterIdentifier: "c1" } } },
  ...inAndOutsideProduction("db.r7g.4xlarge", { type: I, props: { instanceClass: "db.r7g.4xlarge" } }, "nonProductionMaxSize"),
  {
    name: "Aurora x2g class blocked",
    expect: "violate",
    message: 'blockedInstanceClasses pattern "db.x*"',
    resource: { type: CI, props: { instanceClass: "db.x2g.large" } },
  },
  {
    name: "configured allow-list",
    expect: "violate",
    message: "is not in allowedInstanceClasses",
    config: { allowedInstanceClasses: ["db.t4g.*"] },
    resource: { type: I, props: { instanceClass: "db.m5.large" } },
  },
  { name: "instance class unknown", expect: "unknown", resource: { type: I, props: { instanceClass: unknown() } } },
]);
