import { publicPrincipalsPolicy } from "../lib/iam";
import { BUCKET_IAM_TYPES } from "../lib/storage";

/**
 * Bucket and managed-folder IAM (`BucketIAMMember`/`Binding`/`Policy`, `ManagedFolderIam*`) must not
 * grant roles to `allUsers` or `allAuthenticatedUsers`. A bucket that serves public content on
 * purpose can allow its role with `allowedRoles` (or be exempted).
 */
export default publicPrincipalsPolicy({
  name: "gcp-storage-disallow-public-iam",
  description: "Cloud Storage bucket and managed folder IAM must not grant roles to allUsers or allAuthenticatedUsers.",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps:
    "Remove `allUsers` / `allAuthenticatedUsers` from the bucket's IAM member, binding or policy and grant the role to specific principals; set `publicAccessPrevention: \"enforced\"` on the bucket. For a public website bucket, list `roles/storage.objectViewer` in this policy's `allowedRoles` or exempt the resource.",
  url: "https://cloud.google.com/storage/docs/access-control/making-data-public",
  resourceTypes: BUCKET_IAM_TYPES,
  allowedRolesExample: "roles/storage.objectViewer for a public website bucket",
});
