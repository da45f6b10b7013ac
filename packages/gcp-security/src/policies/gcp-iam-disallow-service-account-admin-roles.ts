import { msg, show } from "@rampart/policy-core";
import { isDefaultServiceAccount } from "../lib/compute";
import { grantsOrUnknown, HIERARCHY_IAM_TYPES, hierarchyLevel, isServiceAccountMember, rolePath } from "../lib/iam";
import { gcpPolicy } from "../policy";

/** Whether a role is administrative: Owner, Editor, or a role whose name contains `admin` (`roles/compute.admin`, `roles/iam.securityAdmin`, `roles/compute.instanceAdmin.v1`). */
function isAdminRole(role: string): boolean {
  const r = role.trim();
  return r === "roles/owner" || r === "roles/editor" || /admin/i.test(r.slice(r.lastIndexOf("/") + 1));
}

/**
 * Service accounts should not hold administrative roles on projects, folders or organizations
 * (CIS: Owner, Editor and roles whose name contains `admin`). Grants of Owner/Editor to the Google-created default
 * service accounts are reported by gcp-iam-disallow-default-service-account-editor instead.
 */
export default gcpPolicy({
  name: "gcp-iam-disallow-service-account-admin-roles",
  description: "Service accounts should not be granted Owner, Editor or administrator roles at project, folder or organization level.",
  severity: "high",
  enforcementLevel: "advisory",
  remediationSteps:
    "Grant the service account only the predefined or custom roles its workload needs (e.g. `roles/storage.objectUser` instead of `roles/storage.admin`), on the narrowest resource (a bucket, a dataset) instead of the project.",
  url: "https://cloud.google.com/iam/docs/best-practices-service-accounts#restrict-admin-privileges",
  resourceTypes: HIERARCHY_IAM_TYPES,
  validateResource: ({ type, props }, report) => {
    for (const g of grantsOrUnknown(type, props, { role: isAdminRole, member: isServiceAccountMember })) {
      if (isDefaultServiceAccount(g.member) && (g.role.trim() === "roles/owner" || g.role.trim() === "roles/editor")) continue;
      report(
        msg`${rolePath(g)} ${show(g.role)} is an administrative role granted to a service account (${g.path}) at ${hierarchyLevel(type)} level, so anyone who can act as that account (or steal its key) administers the ${hierarchyLevel(type)}. Grant narrower roles.`,
      );
    }
  },
});
