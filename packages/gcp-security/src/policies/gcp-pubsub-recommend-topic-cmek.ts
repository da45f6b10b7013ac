import { requiredPropertyPolicy } from "../lib/checks";

/**
 * Pub/Sub topics should encrypt messages with a customer-managed key (`kmsKeyName`); omitted,
 * Google-managed keys are used. Advisory: Google-managed encryption is still encryption at rest.
 */
export default requiredPropertyPolicy({
  name: "gcp-pubsub-recommend-topic-cmek",
  description: "Pub/Sub topics should be encrypted with a customer-managed key (kmsKeyName).",
  severity: "low",
  enforcementLevel: "advisory",
  remediationSteps: "Set kmsKeyName on the topic to a gcp.kms.CryptoKey and grant the Pub/Sub service agent roles/cloudkms.cryptoKeyEncrypterDecrypter on it.",
  url: "https://cloud.google.com/pubsub/docs/encryption",
  resourceTypes: ["gcp:pubsub/topic:Topic"],
  path: "kmsKeyName",
  ifAbsent: "kmsKeyName is not set, so the topic's messages are encrypted with Google-managed keys. Set kmsKeyName to a Cloud KMS key you manage.",
});
