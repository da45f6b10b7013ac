import { msg, peek } from "@rampart/policy-core";
import { findGrants, PROJECT_IAM_TYPES, roleIn } from "../lib/iam";
import { gcpPolicy } from "../policy";

const ADMIN = "roles/iam.serviceAccountAdmin";
const USER = "roles/iam.serviceAccountUser";

/**
 * Separation of duties: no principal should hold both Service Account Admin and Service Account
 * User on the same project, since together they let one person create a service account, grant
 * it roles and act as it. Looks at every project-level IAM resource of the stack, by project
 * (`project`) and member. Grants outside the stack are not seen.
 */
export default gcpPolicy({
  name: "gcp-iam-require-service-account-duty-separation",
  description: "No principal should be granted both Service Account Admin and Service Account User on the same project.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    "Give `roles/iam.serviceAccountAdmin` and `roles/iam.serviceAccountUser` to different people or groups (and grant Service Account User on individual service accounts, not the project).",
  url: "https://cloud.google.com/iam/docs/separation-of-duties",
  resourceTypes: PROJECT_IAM_TYPES,
  validateStack: ({ index }, report) => {
    // project → member → roles held, with the resources that grant them.
    const held = new Map<string, Map<string, { admin: string[]; user: string[] }>>();
    const unsure: string[] = [];
    for (const r of index.ofType(...PROJECT_IAM_TYPES)) {
      const project = peek<unknown>(r.props, "project");
      const { hits, unknown } = findGrants(r.type, r.props, { role: roleIn([ADMIN, USER]) });
      // A grant that might be one of the two roles, or one of them on a project unknown during preview.
      if (unknown || (project.state === "unknown" && hits.length)) unsure.push(r.urn);
      if (project.state !== "known") continue;
      const byMember = held.get(String(project.value)) ?? new Map<string, { admin: string[]; user: string[] }>();
      held.set(String(project.value), byMember);
      for (const g of hits) {
        const e = byMember.get(g.member) ?? { admin: [], user: [] };
        (g.role.trim() === ADMIN ? e.admin : e.user).push(r.urn);
        byMember.set(g.member, e);
      }
    }
    let found = 0;
    for (const byMember of held.values()) {
      for (const e of byMember.values()) {
        if (!e.admin.length || !e.user.length) continue;
        found++;
        report(
          msg`This grant of ${ADMIN} goes to a principal that also holds ${USER} on the same project (another IAM resource of the stack), so one principal can create service accounts and act as them. Give the roles to different principals.`,
          e.admin[0],
        );
      }
    }
    if (!found && unsure.length) {
      for (const urn of unsure) {
        report.unknown(
          "A project IAM grant whose role, member or project is unknown during preview may combine Service Account Admin and User for one principal.",
          urn,
        );
      }
    }
  },
});
