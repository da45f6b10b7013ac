import { fixtures, unknown } from "@rampart/policy-testing";

const I = "aws:rds/instance:Instance";

export default fixtures([
  { name: "db.t4g.micro", expect: "pass", resource: { type: I, props: { instanceClass: "db.t4g.micro" } } },
  { name: "db.t2.micro", expect: "violate", message: 'Use "db.t4g.micro"', resource: { type: I, props: { instanceClass: "db.t2.micro" } } },
  {
    name: "Aurora db.r4.large",
    expect: "violate",
    message: "previous generation (r4)",
    resource: { type: "aws:rds/clusterInstance:ClusterInstance", props: { instanceClass: "db.r4.large" } },
  },
  {
    name: "configured map",
    expect: "violate",
    message: 'Use "db.m7g.large"',
    config: { previousGenerations: { m5: "m7g" } },
    resource: { type: I, props: { instanceClass: "db.m5.large" } },
  },
  { name: "instance class unknown", expect: "unknown", resource: { type: I, props: { instanceClass: unknown() } } },
]);
