import { requiredPropertyPolicy } from "../lib/checks";

/** Dataproc clusters should encrypt their persistent disks with a Cloud KMS key (`clusterConfig.encryptionConfig.kmsKeyName`). */
export default requiredPropertyPolicy({
  name: "gcp-dataproc-require-customer-managed-key",
  description: "Dataproc clusters should encrypt cluster disks with a customer-managed Cloud KMS key.",
  severity: "low",
  enforcementLevel: "advisory",
  remediationSteps:
    "Set `clusterConfig.encryptionConfig.kmsKeyName` to a Cloud KMS key and grant the Compute Engine service agent `roles/cloudkms.cryptoKeyEncrypterDecrypter` on it.",
  url: "https://cloud.google.com/dataproc/docs/concepts/configuring-clusters/customer-managed-encryption",
  resourceTypes: ["gcp:dataproc/cluster:Cluster"],
  path: "clusterConfig.encryptionConfig.kmsKeyName",
  unknownBlock: "clusterConfig",
  ifAbsent: "clusterConfig.encryptionConfig.kmsKeyName is not set, so cluster disks use Google-managed keys (the default). Set it to a Cloud KMS key.",
});
