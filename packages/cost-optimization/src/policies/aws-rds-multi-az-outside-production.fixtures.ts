import { fixtures, unknown } from "@rampart/policy-testing";

const I = "aws:rds/instance:Instance";

export default fixtures([
  { name: "single-AZ in dev", expect: "pass", resource: { type: I, props: { instanceClass: "db.t4g.micro", multiAz: false } } },
  { name: "Multi-AZ in production", expect: "pass", config: { productionStackPattern: "^dev$" }, resource: { type: I, props: { multiAz: true } } },
  { name: "Multi-AZ in dev", expect: "violate", message: "multiAz is true on a non-production stack", resource: { type: I, props: { multiAz: true } } },
  {
    name: "production tag spec that does not match",
    expect: "violate",
    message: "multiAz",
    config: { productionTag: "env=prod" },
    resource: { type: I, props: { multiAz: true } },
  },
  { name: "multiAz unknown", expect: "unknown", resource: { type: I, props: { multiAz: unknown() } } },
]);
