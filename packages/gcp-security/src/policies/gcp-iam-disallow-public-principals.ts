import { ALL_IAM_TYPES } from "../lib/iam-types";
import { publicPrincipalsPolicy } from "../lib/iam";
import { BUCKET_IAM_TYPES } from "../lib/storage";
import bigqueryPublic from "./gcp-bigquery-disallow-public-dataset";
import cloudfunctionsPublic from "./gcp-cloudfunctions-disallow-public-invoker";
import cloudrunPublic from "./gcp-cloudrun-disallow-public-invoker";
import kmsPublic from "./gcp-kms-disallow-public-access";
import pubsubPublic from "./gcp-pubsub-disallow-public-access";
import secretmanagerPublic from "./gcp-secretmanager-disallow-public-access";

/**
 * IAM tokens a service's own public-access policy checks (with that service's context: a public
 * Cloud Run service is often a website, a public KMS key never is), so a grant is reported once.
 */
const CHECKED_BY_SERVICE_POLICY: ReadonlySet<string> = new Set([
  ...BUCKET_IAM_TYPES,
  ...[bigqueryPublic, cloudfunctionsPublic, cloudrunPublic, kmsPublic, pubsubPublic, secretmanagerPublic].flatMap((p) => p.resourceTypes),
]);

/**
 * No IAM member, binding or policy of any service may grant a role to `allUsers` (anyone on the
 * internet) or `allAuthenticatedUsers` (any Google account): one policy over all 474 IAM tokens
 * of the provider, except those a service's own policy checks: bucket and managed-folder IAM
 * (gcp-storage-disallow-public-iam, CIS 5.1), KMS, BigQuery, Pub/Sub, Secret Manager, Cloud Run and
 * Cloud Functions IAM (their gcp-<service>-disallow-public-* policies), so a grant is reported once.
 * A deliberately public role (a public website's `roles/storage.objectViewer`, a public Cloud Run
 * service's `roles/run.invoker`) can be allowed with `allowedRoles`.
 */
export default publicPrincipalsPolicy({
  name: "gcp-iam-disallow-public-principals",
  description:
    "IAM members, bindings and policies of Google Cloud resources (other than those with a service policy of their own) must not grant roles to allUsers or allAuthenticatedUsers.",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps:
    "Remove `allUsers` and `allAuthenticatedUsers` from the IAM member, binding or policy and grant the role to the users, groups or service accounts that need it; for content that is public on purpose, list the role in this policy's `allowedRoles` (or exempt the resource).",
  url: "https://cloud.google.com/iam/docs/principals-overview#all-users",
  resourceTypes: ALL_IAM_TYPES.filter((t) => !CHECKED_BY_SERVICE_POLICY.has(t)),
  allowedRolesExample: "roles/run.invoker for a public Cloud Run service",
});
