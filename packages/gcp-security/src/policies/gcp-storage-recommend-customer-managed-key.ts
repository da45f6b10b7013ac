import { isSet, peek, requireKnown } from "@rampart/policy-core";
import { BUCKET } from "../lib/storage";
import { gcpPolicy } from "../policy";

/** Buckets holding sensitive data should default to a Cloud KMS key (`encryption.defaultKmsKeyName`). */
export default gcpPolicy({
  name: "gcp-storage-recommend-customer-managed-key",
  description: "Cloud Storage buckets should encrypt new objects with a customer-managed Cloud KMS key (`encryption.defaultKmsKeyName`).",
  severity: "low",
  enforcementLevel: "advisory",
  remediationSteps:
    "Create a `gcp.kms.CryptoKey` in the bucket's location, grant the Cloud Storage service agent `roles/cloudkms.cryptoKeyEncrypterDecrypter` on it, and set `encryption: { defaultKmsKeyName: <key id> }`.",
  url: "https://cloud.google.com/storage/docs/encryption/using-customer-managed-keys",
  resourceTypes: [BUCKET],
  validateResource: ({ props }, report) => {
    const enc = peek<unknown>(props, "encryption");
    if (enc.state === "unknown") {
      requireKnown(props, "encryption");
      return;
    }
    if (!isSet(props, "encryption.defaultKmsKeyName")) {
      report("encryption.defaultKmsKeyName is not set, so objects are encrypted with Google-managed keys (the default). Set it to a Cloud KMS key.");
    }
  },
});
