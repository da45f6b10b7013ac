import { requiredPropertyPolicy } from "../lib/checks";

/**
 * BigQuery datasets should name a default customer-managed key
 * (`defaultEncryptionConfiguration.kmsKeyName`), so new tables are encrypted with a key you
 * control. Omitted, Google-managed keys are used. Advisory: Google-managed encryption is still
 * encryption at rest.
 */
export default requiredPropertyPolicy({
  name: "gcp-bigquery-recommend-dataset-cmek",
  description: "BigQuery datasets should set a default customer-managed encryption key (defaultEncryptionConfiguration.kmsKeyName).",
  severity: "low",
  enforcementLevel: "advisory",
  remediationSteps:
    "Set defaultEncryptionConfiguration { kmsKeyName: <gcp.kms.CryptoKey id> } on the dataset and grant the BigQuery service account roles/cloudkms.cryptoKeyEncrypterDecrypter on the key.",
  url: "https://cloud.google.com/bigquery/docs/customer-managed-encryption",
  resourceTypes: ["gcp:bigquery/dataset:Dataset"],
  path: "defaultEncryptionConfiguration.kmsKeyName",
  ifAbsent: "defaultEncryptionConfiguration.kmsKeyName is not set, so new tables use Google-managed keys. Set it to a Cloud KMS key you manage.",
});
