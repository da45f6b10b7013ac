import { fixtures, unknown } from "@rampart/policy-testing";

const T = "aws:cloudwatch/logGroup:LogGroup";

export default fixtures([
  { name: "14 days", expect: "pass", resource: { type: T, props: { name: "/app", retentionInDays: 14 } } },
  { name: "365 days in production", expect: "pass", config: { productionStackPattern: "^dev$" }, resource: { type: T, props: { retentionInDays: 365 } } },
  { name: "DELIVERY class has fixed retention", expect: "pass", resource: { type: T, props: { logGroupClass: "DELIVERY" } } },
  {
    name: "no retention",
    expect: "violate",
    message: "retentionInDays is not set, so log events never expire",
    resource: { type: T, props: { name: "/app" } },
  },
  { name: "retention 0", expect: "violate", message: "retentionInDays is 0", resource: { type: T, props: { retentionInDays: 0 } } },
  {
    name: "90 days outside production",
    expect: "violate",
    message: "above the non-production cap nonProductionMaxRetentionDays = 30",
    resource: { type: T, props: { retentionInDays: 90 } },
  },
  { name: "configured cap", expect: "pass", config: { nonProductionMaxRetentionDays: 90 }, resource: { type: T, props: { retentionInDays: 90 } } },
  { name: "retention unknown", expect: "unknown", resource: { type: T, props: { retentionInDays: unknown() } } },
]);
