import { unknown } from "@rampart/policy-testing";
import { propertyFixtures } from "../lib/flags.fixtures-kit";

export default propertyFixtures("aws:lambda/functionUrl:FunctionUrl", { functionName: "fn" }, "authorizationType", [
  ["IAM-authenticated URL", "pass", "AWS_IAM"],
  ["public URL", "violate", "NONE", 'authorizationType is "NONE"'],
  ["auth type unknown", "unknown", unknown()],
]);
