import { awsPolicy } from "../policy";
import { checkValue } from "../lib/flags";

/**
 * SSM documents must not be shared publicly: `permissions` `{ type: "Share", accountIds: "all" }`
 * shares the document with every AWS account (ssm/document.d.ts, "Permissions").
 */
export default awsPolicy({
  name: "aws-ssm-disallow-public-documents",
  description: "SSM documents must not be shared publicly.",
  severity: "critical",
  enforcementLevel: "mandatory",
  remediationSteps:
    'Share the document with specific account IDs in `permissions.accountIds` instead of "all", or remove `permissions`; turn on "Block public sharing" for SSM documents in the account.',
  url: "https://docs.aws.amazon.com/systems-manager/latest/userguide/documents-ssm-sharing.html",
  resourceTypes: ["aws:ssm/document:Document"],
  validateResource: checkValue("permissions.accountIds", (ids) =>
    ids.state === "known" && typeof ids.value === "string" && ids.value.split(",").some((a) => a.trim().toLowerCase() === "all")
      ? 'permissions.accountIds is "all", so every AWS account can see and run the document. Share it with specific account IDs.'
      : undefined,
  ),
});
