import { isSet } from "@rampart/policy-core";
import { gcpPolicy } from "../policy";

/**
 * Dataproc clusters should encrypt their persistent disks with a customer-managed key
 * (`clusterConfig.encryptionConfig.kmsKeyName`); omitted, Google-managed keys are used. Advisory:
 * Google-managed encryption is still encryption at rest. Dataproc on GKE (`virtualClusterConfig`)
 * is not checked.
 */
export default gcpPolicy({
  name: "gcp-dataproc-recommend-cmek",
  description: "Dataproc clusters should encrypt their disks with a customer-managed key (clusterConfig.encryptionConfig.kmsKeyName).",
  severity: "low",
  enforcementLevel: "advisory",
  remediationSteps:
    "Set clusterConfig.encryptionConfig { kmsKeyName: <gcp.kms.CryptoKey id> } and grant the Compute Engine and Dataproc service agents roles/cloudkms.cryptoKeyEncrypterDecrypter on the key.",
  url: "https://cloud.google.com/dataproc/docs/concepts/configuring-clusters/customer-managed-encryption",
  resourceTypes: ["gcp:dataproc/cluster:Cluster"],
  validateResource: ({ props }, report) => {
    if (isSet(props, "clusterConfig.encryptionConfig.kmsKeyName")) return;
    if (isSet(props, "virtualClusterConfig")) return; // Dataproc on GKE: the node pools' disks, not clusterConfig
    report("clusterConfig.encryptionConfig.kmsKeyName is not set, so the cluster's disks use Google-managed keys. Set it to a Cloud KMS key you manage.");
  },
});
