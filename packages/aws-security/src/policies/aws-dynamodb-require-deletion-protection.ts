import { awsPolicy } from "../policy";
import { requireTrue } from "../lib/flags";

/** DynamoDB tables should have deletion protection enabled. */
export default awsPolicy({
  name: "aws-dynamodb-require-deletion-protection",
  description: "DynamoDB tables should have deletion protection enabled.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps: "Set deletionProtectionEnabled to true. To delete the table later, set it to false first in a separate update.",
  url: "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/WorkingWithTables.Basics.html#WorkingWithTables.Basics.DeletionProtection",
  resourceTypes: ["aws:dynamodb/table:Table"],
  validateResource: requireTrue({
    path: "deletionProtectionEnabled",
    message:
      "deletionProtectionEnabled is not true, so the table can be deleted by a single API call or a `pulumi destroy`. Set deletionProtectionEnabled to true.",
  }),
});
