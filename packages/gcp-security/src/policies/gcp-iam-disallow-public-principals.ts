import { ALL_IAM_TYPES } from "../lib/iam-types";
import { reportPublicGrants } from "../lib/iam";
import { BUCKET_IAM_TYPES } from "../lib/storage";
import { gcpPolicy } from "../policy";

/**
 * No IAM member, binding or policy of any service may grant a role to `allUsers` (anyone on the
 * internet) or `allAuthenticatedUsers` (any Google account): one policy over all 474 IAM tokens
 * of the provider (KMS keys, BigQuery datasets, Pub/Sub topics, Cloud Run services, …), except
 * bucket and managed-folder IAM, which gcp-storage-disallow-public-iam checks (mapped to CIS 5.1),
 * so a public bucket grant is reported once.
 * A deliberately public role (a public website's `roles/storage.objectViewer`, a public Cloud Run
 * service's `roles/run.invoker`) can be allowed with `allowedRoles`.
 */
export default gcpPolicy({
  name: "gcp-iam-disallow-public-principals",
  description: "IAM members, bindings and policies of Google Cloud resources (other than buckets) must not grant roles to allUsers or allAuthenticatedUsers.",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps:
    "Remove `allUsers` and `allAuthenticatedUsers` from the IAM member, binding or policy and grant the role to the users, groups or service accounts that need it; for content that is public on purpose, list the role in this policy's `allowedRoles` (or exempt the resource).",
  url: "https://cloud.google.com/iam/docs/principals-overview#all-users",
  resourceTypes: ALL_IAM_TYPES.filter((t) => !BUCKET_IAM_TYPES.includes(t)),
  config: {
    allowedRoles: {
      type: "array",
      items: { type: "string" },
      description: "Roles that may be granted to public principals on purpose (e.g. roles/run.invoker for a public Cloud Run service).",
      default: [],
    },
  },
  validateResource: ({ type, props, config }, report) => {
    reportPublicGrants(type, props, config.allowedRoles, report);
  },
});
