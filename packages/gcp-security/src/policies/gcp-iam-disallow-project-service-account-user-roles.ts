import { msg, show } from "@rampart/policy-core";
import { grantsOrUnknown, HIERARCHY_IAM_TYPES, hierarchyLevel, rolePath, roleIn } from "../lib/iam";
import { gcpPolicy } from "../policy";

const ROLES = ["roles/iam.serviceAccountUser", "roles/iam.serviceAccountTokenCreator"];

/**
 * Service Account User and Token Creator must be granted on the service account that is needed
 * (`gcp.serviceaccount.IAMMember`), not on the project, folder or organization, where they let the
 * principal act as every service account in it.
 */
export default gcpPolicy({
  name: "gcp-iam-disallow-project-service-account-user-roles",
  description: "The Service Account User and Service Account Token Creator roles must not be granted at project, folder or organization level.",
  severity: "high",
  enforcementLevel: "advisory",
  remediationSteps:
    "Remove the project-level grant and grant `roles/iam.serviceAccountUser` / `roles/iam.serviceAccountTokenCreator` on the specific service account instead (`gcp.serviceaccount.IAMMember` with `serviceAccountId`).",
  url: "https://cloud.google.com/iam/docs/service-account-permissions#user-role",
  resourceTypes: HIERARCHY_IAM_TYPES,
  validateResource: ({ type, props }, report) => {
    for (const g of grantsOrUnknown(type, props, { role: roleIn(ROLES) })) {
      report(
        msg`${rolePath(g)} ${show(g.role)} is granted at ${hierarchyLevel(type)} level (${g.path}), so the principal can act as every service account in the ${hierarchyLevel(type)}. Grant it on the one service account it needs.`,
      );
    }
  },
});
