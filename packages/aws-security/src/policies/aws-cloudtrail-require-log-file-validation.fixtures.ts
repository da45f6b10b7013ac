import { unknown } from "@rampart/policy-testing";
import { OMITTED, propertyFixtures } from "../lib/flags.fixtures-kit";

export default propertyFixtures("aws:cloudtrail/trail:Trail", { s3BucketName: "logs" }, "enableLogFileValidation", [
  ["validation on", "pass", true],
  ["validation omitted", "violate", OMITTED, "enableLogFileValidation is not set to true"],
  ["validation off", "violate", false, "Set enableLogFileValidation to true"],
  ["validation unknown", "unknown", unknown()],
]);
