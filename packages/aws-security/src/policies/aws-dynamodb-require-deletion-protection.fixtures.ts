import { fixtures, unknown } from "@rampart/policy-testing";

const T = "aws:dynamodb/table:Table";

export default fixtures([
  { name: "protected table", expect: "pass", resource: { type: T, props: { hashKey: "id", deletionProtectionEnabled: true } } },
  { name: "protection omitted", expect: "violate", message: "deletionProtectionEnabled is not true", resource: { type: T, props: { hashKey: "id" } } },
  { name: "protection unknown", expect: "unknown", resource: { type: T, props: { hashKey: "id", deletionProtectionEnabled: unknown() } } },
  { name: "DAX cluster is another type", expect: "not-applicable", resource: { type: "aws:dax/cluster:Cluster", props: {} } },
]);
