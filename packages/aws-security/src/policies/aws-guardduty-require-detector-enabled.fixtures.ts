import { unknown } from "@rampart/policy-testing";
import { OMITTED, propertyFixtures } from "../lib/flags.fixtures-kit";

const D = "aws:guardduty/detector:Detector";

export default propertyFixtures(D, {}, "enable", [
  ["default detector", "pass", OMITTED],
  { name: "enabled detector", expect: "pass", resource: { type: D, props: { enable: true, findingPublishingFrequency: "FIFTEEN_MINUTES" } } },
  ["suspended detector", "violate", false, "enable is false"],
  ["enable unknown", "unknown", unknown()],
]);
