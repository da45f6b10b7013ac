import { fixtures, unknown } from "@rampart/policy-testing";

const T = "aws:autoscaling/group:Group";

export default fixtures([
  { name: "small group", expect: "pass", resource: { type: T, props: { minSize: 1, maxSize: 3 } } },
  { name: "at the non-production cap", expect: "pass", resource: { type: T, props: { minSize: 1, maxSize: 4 } } },
  { name: "big group in production", expect: "pass", config: { productionStackPattern: "^dev$" }, resource: { type: T, props: { minSize: 2, maxSize: 20 } } },
  {
    name: "above the non-production cap",
    expect: "violate",
    message: "maxSize is 10, above the non-production cap nonProductionMaxInstances = 4",
    resource: { type: T, props: { minSize: 1, maxSize: 10 } },
  },
  {
    name: "above the production cap",
    expect: "violate",
    message: "maxInstances = 20",
    config: { productionStackPattern: "^dev$" },
    resource: { type: T, props: { minSize: 1, maxSize: 50 } },
  },
  {
    name: "stricter configured cap",
    expect: "violate",
    message: "nonProductionMaxInstances = 2",
    config: { nonProductionMaxInstances: 2 },
    resource: { type: T, props: { minSize: 1, maxSize: 3 } },
  },
  { name: "maxSize unknown", expect: "unknown", resource: { type: T, props: { minSize: 1, maxSize: unknown() } } },
]);
