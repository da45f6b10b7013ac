import { msg, show } from "@rampart/policy-core";
import { grantsOrUnknown, HIERARCHY_IAM_TYPES, hierarchyLevel, isHumanMember, isPublicPrincipal, memberKind, rolePath, roleIn } from "../lib/iam";
import { gcpPolicy } from "../policy";

/**
 * People should get predefined or custom roles, not the primitive Owner/Editor roles, on projects,
 * folders and organizations. Grants to public principals are gcp-iam-disallow-public-principals' finding.
 */
export default gcpPolicy({
  name: "gcp-iam-disallow-primitive-roles-for-users",
  description: "Users and groups should not be granted the primitive Owner or Editor roles at project, folder or organization level.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    "Replace `roles/owner` / `roles/editor` with the predefined roles the person or group needs (e.g. `roles/compute.admin`, `roles/storage.objectAdmin`) or a custom role; keep Owner for a break-glass group only (exempt that grant).",
  url: "https://cloud.google.com/iam/docs/roles-overview#basic",
  resourceTypes: HIERARCHY_IAM_TYPES,
  validateResource: ({ type, props }, report) => {
    for (const g of grantsOrUnknown(type, props, { role: roleIn(["roles/owner", "roles/editor"]), member: (m) => isHumanMember(m) && !isPublicPrincipal(m) })) {
      report(
        msg`${rolePath(g)} ${show(g.role)} is granted to a ${show(memberKind(g.member))} principal (${g.path}) at ${hierarchyLevel(type)} level, a primitive role with access to nearly every service. Grant predefined or custom roles instead.`,
      );
    }
  },
});
