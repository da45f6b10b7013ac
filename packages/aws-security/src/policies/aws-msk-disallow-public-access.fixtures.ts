import { unknown } from "@rampart/policy-testing";
import { OMITTED, propertyFixtures } from "../lib/flags.fixtures-kit";
import { base, C } from "../fixture-data/msk";

export default propertyFixtures(C, base, "brokerNodeGroupInfo.connectivityInfo.publicAccess.type", [
  ["default (private)", "pass", OMITTED],
  ["explicitly disabled", "pass", "DISABLED"],
  ["public brokers", "violate", "SERVICE_PROVIDED_EIPS", 'publicAccess.type is "SERVICE_PROVIDED_EIPS"'],
  ["access type unknown during preview", "unknown", unknown()],
  { name: "configuration is not a cluster", expect: "not-applicable", resource: { type: "aws:msk/configuration:Configuration", props: {} } },
]);
