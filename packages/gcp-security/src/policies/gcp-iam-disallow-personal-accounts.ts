import { msg } from "@rampart/policy-core";
import { ALL_IAM_TYPES } from "../lib/iam-types";
import { grantsOrUnknown } from "../lib/iam";
import { gcpPolicy } from "../policy";

/** Consumer Google accounts: `user:` members in these domains are personal, not corporate, identities. */
const CONSUMER_DOMAINS = ["gmail.com", "googlemail.com"];

function isPersonalAccount(member: string): boolean {
  const m = member.trim().toLowerCase();
  if (!m.startsWith("user:") && !m.startsWith("group:")) return false;
  return CONSUMER_DOMAINS.some((d) => m.endsWith(`@${d}`));
}

/** IAM grants should go to corporate (Cloud Identity / Google Workspace) identities, not personal Gmail accounts. */
export default gcpPolicy({
  name: "gcp-iam-disallow-personal-accounts",
  description: "IAM members, bindings and policies should grant roles to corporate identities, not to personal (gmail.com) Google accounts.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    "Grant the role to the person's corporate account (Cloud Identity or Google Workspace) or a group of the organization's domain, and enforce `constraints/iam.allowedPolicyMemberDomains` (domain restricted sharing).",
  url: "https://cloud.google.com/resource-manager/docs/organization-policy/restricting-domains",
  resourceTypes: ALL_IAM_TYPES,
  validateResource: ({ type, props }, report) => {
    for (const g of grantsOrUnknown(type, props, { member: isPersonalAccount })) {
      report(
        msg`${g.path} is a personal Google account (gmail.com), which the organization cannot manage, enforce MFA on or disable when the person leaves. Grant the role to a corporate identity.`,
      );
    }
  },
});
