import { unknown } from "@rampart/policy-testing";
import { OMITTED, propertyFixtures } from "../lib/flags.fixtures-kit";

export default propertyFixtures("aws:dynamodb/table:Table", { hashKey: "id" }, "deletionProtectionEnabled", [
  ["protected table", "pass", true],
  ["protection omitted", "violate", OMITTED, "deletionProtectionEnabled is not true"],
  ["protection unknown", "unknown", unknown()],
  { name: "DAX cluster is another type", expect: "not-applicable", resource: { type: "aws:dax/cluster:Cluster", props: {} } },
]);
