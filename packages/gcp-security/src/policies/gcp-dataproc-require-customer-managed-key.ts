import { isSet, peek, requireKnown } from "@rampart/policy-core";
import { gcpPolicy } from "../policy";

/** Dataproc clusters should encrypt their persistent disks with a Cloud KMS key (`clusterConfig.encryptionConfig.kmsKeyName`). */
export default gcpPolicy({
  name: "gcp-dataproc-require-customer-managed-key",
  description: "Dataproc clusters should encrypt cluster disks with a customer-managed Cloud KMS key.",
  severity: "low",
  enforcementLevel: "advisory",
  remediationSteps:
    "Set `clusterConfig.encryptionConfig.kmsKeyName` to a Cloud KMS key and grant the Compute Engine service agent `roles/cloudkms.cryptoKeyEncrypterDecrypter` on it.",
  url: "https://cloud.google.com/dataproc/docs/concepts/configuring-clusters/customer-managed-encryption",
  resourceTypes: ["gcp:dataproc/cluster:Cluster"],
  validateResource: ({ props }, report) => {
    const cfg = peek<unknown>(props, "clusterConfig");
    if (cfg.state === "unknown") {
      requireKnown(props, "clusterConfig");
      return;
    }
    if (!isSet(props, "clusterConfig.encryptionConfig.kmsKeyName")) {
      report("clusterConfig.encryptionConfig.kmsKeyName is not set, so cluster disks use Google-managed keys (the default). Set it to a Cloud KMS key.");
    }
  },
});
