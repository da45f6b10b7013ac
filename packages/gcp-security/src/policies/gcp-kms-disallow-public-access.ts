import { checkNoPublicGrant } from "../lib/iam-public";
import { gcpPolicy } from "../policy";

/**
 * IAM grants on Cloud KMS keys and key rings (`CryptoKeyIAMMember`/`Binding`/`Policy`,
 * `KeyRingIAMMember`/`Binding`/`Policy`) must not name allUsers or allAuthenticatedUsers: anyone
 * could then use or manage the keys.
 */
export default gcpPolicy({
  name: "gcp-kms-disallow-public-access",
  description: "Cloud KMS keys and key rings must not grant IAM roles to allUsers or allAuthenticatedUsers.",
  severity: "critical",
  enforcementLevel: "mandatory",
  remediationSteps:
    "Remove allUsers and allAuthenticatedUsers from the key's or key ring's IAM member, binding or policy, and grant roles such as roles/cloudkms.cryptoKeyEncrypterDecrypter to specific service accounts.",
  url: "https://cloud.google.com/kms/docs/iam",
  resourceTypes: [
    "gcp:kms/cryptoKeyIAMMember:CryptoKeyIAMMember",
    "gcp:kms/cryptoKeyIAMBinding:CryptoKeyIAMBinding",
    "gcp:kms/cryptoKeyIAMPolicy:CryptoKeyIAMPolicy",
    "gcp:kms/keyRingIAMMember:KeyRingIAMMember",
    "gcp:kms/keyRingIAMBinding:KeyRingIAMBinding",
    "gcp:kms/keyRingIAMPolicy:KeyRingIAMPolicy",
  ],
  validateResource: (resource, report) => checkNoPublicGrant("Cloud KMS key", resource, report),
});
