import { fixtures, unknown } from "@rampart/policy-testing";

const T = "aws:dynamodb/table:Table";

export default fixtures([
  {
    name: "small provisioned table",
    expect: "pass",
    resource: { type: T, props: { hashKey: "id", billingMode: "PROVISIONED", readCapacity: 5, writeCapacity: 5 } },
  },
  { name: "on-demand table", expect: "pass", resource: { type: T, props: { hashKey: "id", billingMode: "PAY_PER_REQUEST" } } },
  {
    name: "500 RCU in production",
    expect: "pass",
    config: { productionStackPattern: "^dev$" },
    resource: { type: T, props: { hashKey: "id", readCapacity: 500, writeCapacity: 100 } },
  },
  {
    name: "500 RCU outside production",
    expect: "violate",
    message: "readCapacity is 500, above the non-production cap nonProductionMaxCapacityUnits = 25",
    resource: { type: T, props: { hashKey: "id", readCapacity: 500, writeCapacity: 5 } },
  },
  {
    name: "big GSI",
    expect: "violate",
    message: "globalSecondaryIndexes[0].writeCapacity is 100",
    resource: {
      type: T,
      props: {
        hashKey: "id",
        readCapacity: 5,
        writeCapacity: 5,
        globalSecondaryIndexes: [{ name: "byDate", projectionType: "ALL", readCapacity: 5, writeCapacity: 100 }],
      },
    },
  },
  {
    name: "configured cap",
    expect: "pass",
    config: { nonProductionMaxCapacityUnits: 600 },
    resource: { type: T, props: { hashKey: "id", readCapacity: 500, writeCapacity: 5 } },
  },
  { name: "capacity unknown", expect: "unknown", resource: { type: T, props: { hashKey: "id", readCapacity: unknown(), writeCapacity: 5 } } },
]);
