import { unknown } from "@rampart/policy-testing";
import { OMITTED, propertyFixtures } from "../lib/flags.fixtures-kit";

const T = "aws:dynamodb/table:Table";
const base = { hashKey: "id", attributes: [{ name: "id", type: "S" }], billingMode: "PAY_PER_REQUEST" };

export default propertyFixtures(T, base, "pointInTimeRecovery.enabled", [
  ["PITR on", "pass", true],
  ["PITR block missing", "violate", OMITTED, "pointInTimeRecovery.enabled is not true"],
  ["PITR off", "violate", false, "Set pointInTimeRecovery"],
  ["PITR unknown", "unknown", unknown()],
  { name: "whole block unknown", expect: "unknown", resource: { type: T, props: { ...base, pointInTimeRecovery: unknown() } } },
]);
