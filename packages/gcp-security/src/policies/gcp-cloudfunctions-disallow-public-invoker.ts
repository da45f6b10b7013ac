import { checkNoPublicGrant } from "../lib/iam-public";
import { gcpPolicy } from "../policy";

/**
 * Cloud Functions (1st and 2nd gen) should not be invokable by anyone: no function IAM member,
 * binding or policy granting allUsers or allAuthenticatedUsers. Advisory: public HTTP endpoints
 * (webhooks) are a legitimate use; set the policy to mandatory for internal-only projects.
 */
export default gcpPolicy({
  name: "gcp-cloudfunctions-disallow-public-invoker",
  description: "Cloud Functions should not grant the invoker role to allUsers or allAuthenticatedUsers.",
  severity: "high",
  enforcementLevel: "advisory",
  remediationSteps:
    "Grant roles/cloudfunctions.invoker (1st gen) or roles/run.invoker (2nd gen) to specific service accounts instead of allUsers or allAuthenticatedUsers, and authenticate callers with ID tokens.",
  url: "https://cloud.google.com/functions/docs/securing/managing-access-iam",
  resourceTypes: [
    "gcp:cloudfunctions/functionIamMember:FunctionIamMember",
    "gcp:cloudfunctions/functionIamBinding:FunctionIamBinding",
    "gcp:cloudfunctions/functionIamPolicy:FunctionIamPolicy",
    "gcp:cloudfunctionsv2/functionIamMember:FunctionIamMember",
    "gcp:cloudfunctionsv2/functionIamBinding:FunctionIamBinding",
    "gcp:cloudfunctionsv2/functionIamPolicy:FunctionIamPolicy",
  ],
  validateResource: (resource, report) => checkNoPublicGrant("Cloud Function", resource, report),
});
