import { msg } from "@rampart/policy-core";
import { costPolicy } from "../policy";
import { nonProductionRule } from "../lib/env";

/** Advisory: non-production tables are usually idle; on-demand billing costs nothing when idle. */
export default costPolicy({
  name: "aws-dynamodb-prefer-on-demand-outside-production",
  description:
    "DynamoDB tables on non-production stacks use on-demand billing (PAY_PER_REQUEST), which costs nothing while idle; provisioned capacity is billed every hour.",
  severity: "low",
  remediationSteps: 'Set billingMode to "PAY_PER_REQUEST" and remove readCapacity/writeCapacity on development and test stacks.',
  url: "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/on-demand-capacity-mode.html",
  tags: ["database", "environment"],
  resourceTypes: ["aws:dynamodb/table:Table"],
  // The provider's default billing mode is PROVISIONED.
  ...nonProductionRule<string>("billingMode", (mode) =>
    mode.state === "absent" || mode.value === "PROVISIONED"
      ? msg`billingMode is ${mode.state === "absent" ? "not set (PROVISIONED by default)" : '"PROVISIONED"'} on a non-production stack. Set billingMode to "PAY_PER_REQUEST".`
      : undefined,
  ),
});
