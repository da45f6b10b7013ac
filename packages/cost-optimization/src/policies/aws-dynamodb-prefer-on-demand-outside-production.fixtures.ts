import { fixtures, unknown } from "@rampart/policy-testing";

const T = "aws:dynamodb/table:Table";

export default fixtures([
  { name: "on-demand in dev", expect: "pass", resource: { type: T, props: { hashKey: "id", billingMode: "PAY_PER_REQUEST" } } },
  {
    name: "provisioned in production",
    expect: "pass",
    config: { productionStackPattern: "^dev$" },
    resource: { type: T, props: { hashKey: "id", billingMode: "PROVISIONED", readCapacity: 5, writeCapacity: 5 } },
  },
  {
    name: "provisioned in dev",
    expect: "violate",
    message: 'billingMode is "PROVISIONED" on a non-production stack',
    resource: { type: T, props: { hashKey: "id", billingMode: "PROVISIONED", readCapacity: 5, writeCapacity: 5 } },
  },
  {
    name: "default billing mode in dev",
    expect: "violate",
    message: "not set (PROVISIONED by default)",
    resource: { type: T, props: { hashKey: "id", readCapacity: 5, writeCapacity: 5 } },
  },
  { name: "billing mode unknown", expect: "unknown", resource: { type: T, props: { hashKey: "id", billingMode: unknown() } } },
]);
