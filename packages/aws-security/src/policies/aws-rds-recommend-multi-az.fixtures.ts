import { fixtures, unknown } from "@rampart/policy-testing";

const I = "aws:rds/instance:Instance";

export default fixtures([
  { name: "Multi-AZ instance", expect: "pass", resource: { type: I, props: { engine: "postgres", multiAz: true } } },
  { name: "SQL Server Express cannot be Multi-AZ", expect: "pass", resource: { type: I, props: { engine: "sqlserver-ex" } } },
  { name: "Aurora member", expect: "pass", resource: { type: I, props: { engine: "aurora-postgresql" } } },
  { name: "single-AZ instance", expect: "violate", message: "multiAz is not set to true", resource: { type: I, props: { engine: "postgres" } } },
  { name: "multiAz unknown", expect: "unknown", resource: { type: I, props: { engine: "postgres", multiAz: unknown() } } },
]);
