import { unknown } from "@rampart/policy-testing";
import { OMITTED, propertyFixtures } from "../lib/flags.fixtures-kit";

export default propertyFixtures("aws:cloudtrail/trail:Trail", { s3BucketName: "logs" }, "enableLogging", [
  ["logging default", "pass", OMITTED],
  ["logging on", "pass", true],
  ["logging off", "violate", false, "enableLogging is false"],
  ["logging unknown", "unknown", unknown()],
]);
