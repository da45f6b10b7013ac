import { peek, requireKnown } from "@rampart/policy-core";
import { awsPolicy } from "../policy";

/** DynamoDB tables should have deletion protection enabled. */
export default awsPolicy({
  name: "aws-dynamodb-require-deletion-protection",
  description: "DynamoDB tables should have deletion protection enabled.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps: "Set deletionProtectionEnabled to true. To delete the table later, set it to false first in a separate update.",
  url: "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/WorkingWithTables.Basics.html#WorkingWithTables.Basics.DeletionProtection",
  resourceTypes: ["aws:dynamodb/table:Table"],
  validateResource: ({ props }, report) => {
    const v = peek<unknown>(props, "deletionProtectionEnabled");
    if (v.state === "unknown") requireKnown(props, "deletionProtectionEnabled");
    if (v.state === "known" && v.value === true) return;
    report(
      "deletionProtectionEnabled is not true, so the table can be deleted by a single API call or a `pulumi destroy`. Set deletionProtectionEnabled to true.",
    );
  },
});
