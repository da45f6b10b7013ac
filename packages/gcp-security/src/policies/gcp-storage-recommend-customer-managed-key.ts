import { requiredPropertyPolicy } from "../lib/checks";
import { BUCKET } from "../lib/storage";

/** Buckets holding sensitive data should default to a Cloud KMS key (`encryption.defaultKmsKeyName`). */
export default requiredPropertyPolicy({
  name: "gcp-storage-recommend-customer-managed-key",
  description: "Cloud Storage buckets should encrypt new objects with a customer-managed Cloud KMS key (`encryption.defaultKmsKeyName`).",
  severity: "low",
  enforcementLevel: "advisory",
  remediationSteps:
    "Create a `gcp.kms.CryptoKey` in the bucket's location, grant the Cloud Storage service agent `roles/cloudkms.cryptoKeyEncrypterDecrypter` on it, and set `encryption: { defaultKmsKeyName: <key id> }`.",
  url: "https://cloud.google.com/storage/docs/encryption/using-customer-managed-keys",
  resourceTypes: [BUCKET],
  path: "encryption.defaultKmsKeyName",
  unknownBlock: "encryption",
  ifAbsent: "encryption.defaultKmsKeyName is not set, so objects are encrypted with Google-managed keys (the default). Set it to a Cloud KMS key.",
});
