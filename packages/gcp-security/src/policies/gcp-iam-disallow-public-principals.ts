import { msg, show } from "@rampart/policy-core";
import { ALL_IAM_TYPES } from "../lib/iam-types";
import { grantsOrUnknown, isPublicPrincipal, rolePath } from "../lib/iam";
import { gcpPolicy } from "../policy";

/**
 * No IAM member, binding or policy of any service may grant a role to `allUsers` (anyone on the
 * internet) or `allAuthenticatedUsers` (any Google account): one policy over all 474 IAM tokens
 * of the provider (buckets, KMS keys, BigQuery datasets, Pub/Sub topics, Cloud Run services, …).
 * A deliberately public role (a public website's `roles/storage.objectViewer`, a public Cloud Run
 * service's `roles/run.invoker`) can be allowed with `allowedRoles`.
 */
export default gcpPolicy({
  name: "gcp-iam-disallow-public-principals",
  description: "IAM members, bindings and policies of every Google Cloud resource must not grant roles to allUsers or allAuthenticatedUsers.",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps:
    "Remove `allUsers` and `allAuthenticatedUsers` from the IAM member, binding or policy and grant the role to the users, groups or service accounts that need it; for content that is public on purpose, list the role in this policy's `allowedRoles` (or exempt the resource).",
  url: "https://cloud.google.com/iam/docs/principals-overview#all-users",
  resourceTypes: ALL_IAM_TYPES,
  config: {
    allowedRoles: {
      type: "array",
      items: { type: "string" },
      description: "Roles that may be granted to public principals on purpose (e.g. roles/run.invoker for a public Cloud Run service).",
      default: [],
    },
  },
  validateResource: ({ type, props, config }, report) => {
    const allowed: readonly string[] = config.allowedRoles;
    const hits = grantsOrUnknown(type, props, { member: isPublicPrincipal, role: (r) => !allowed.includes(r.trim()) });
    for (const g of hits) {
      report(
        msg`${g.path} grants ${rolePath(g)} ${show(g.role)} to the public principal ${show(g.member)}, so anyone (on the internet, or with any Google account) gets that access. Grant the role to specific principals instead.`,
      );
    }
  },
});
