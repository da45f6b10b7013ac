import { fixtures, unknown } from "@rampart/policy-testing";

const T = "aws:dynamodb/table:Table";
const base = { hashKey: "id", attributes: [{ name: "id", type: "S" }], billingMode: "PAY_PER_REQUEST" };

export default fixtures([
  { name: "PITR on", expect: "pass", resource: { type: T, props: { ...base, pointInTimeRecovery: { enabled: true } } } },
  { name: "PITR block missing", expect: "violate", message: "pointInTimeRecovery.enabled is not true", resource: { type: T, props: { ...base } } },
  {
    name: "PITR off",
    expect: "violate",
    message: "Set pointInTimeRecovery",
    resource: { type: T, props: { ...base, pointInTimeRecovery: { enabled: false } } },
  },
  { name: "PITR unknown", expect: "unknown", resource: { type: T, props: { ...base, pointInTimeRecovery: { enabled: unknown() } } } },
  { name: "whole block unknown", expect: "unknown", resource: { type: T, props: { ...base, pointInTimeRecovery: unknown() } } },
]);
