import { checkNoPublicGrant } from "../lib/iam-public";
import { gcpPolicy } from "../policy";

/**
 * Secret Manager secrets (global and regional) must not grant IAM roles to allUsers or
 * allAuthenticatedUsers: anyone could read the secret's value.
 */
export default gcpPolicy({
  name: "gcp-secretmanager-disallow-public-access",
  description: "Secret Manager secrets must not grant IAM roles to allUsers or allAuthenticatedUsers.",
  severity: "critical",
  enforcementLevel: "mandatory",
  remediationSteps:
    "Remove allUsers and allAuthenticatedUsers from the secret's IAM member, binding or policy; grant roles/secretmanager.secretAccessor to the specific service accounts that need the value, then rotate the secret.",
  url: "https://cloud.google.com/secret-manager/docs/access-control",
  resourceTypes: [
    "gcp:secretmanager/secretIamMember:SecretIamMember",
    "gcp:secretmanager/secretIamBinding:SecretIamBinding",
    "gcp:secretmanager/secretIamPolicy:SecretIamPolicy",
    "gcp:secretmanager/regionalSecretIamMember:RegionalSecretIamMember",
    "gcp:secretmanager/regionalSecretIamBinding:RegionalSecretIamBinding",
    "gcp:secretmanager/regionalSecretIamPolicy:RegionalSecretIamPolicy",
  ],
  validateResource: (resource, report) => checkNoPublicGrant("secret", resource, report),
});
