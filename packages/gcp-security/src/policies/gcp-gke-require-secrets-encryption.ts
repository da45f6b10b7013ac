import { msg, peek, show } from "@rampart/policy-core";
import { clusterSettingPolicy } from "../lib/gke";

/**
 * GKE clusters should encrypt Kubernetes Secrets at the application layer with a Cloud KMS key
 * (`databaseEncryption { state: "ENCRYPTED", keyName }`). Omitted, the state is `DECRYPTED`:
 * etcd is encrypted only by Google's default storage encryption, not with a key you control.
 * Applies to Autopilot clusters too.
 */
export default clusterSettingPolicy({
  name: "gcp-gke-require-secrets-encryption",
  description: 'GKE clusters should encrypt Kubernetes Secrets with a Cloud KMS key (databaseEncryption.state "ENCRYPTED" with a keyName).',
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    'Set databaseEncryption { state: "ENCRYPTED", keyName: <Cloud KMS crypto key id in the cluster\'s region> } and grant the GKE service agent roles/cloudkms.cryptoKeyEncrypterDecrypter on the key.',
  url: "https://cloud.google.com/kubernetes-engine/docs/how-to/encrypting-secrets",
  setting: "databaseEncryption.state",
  problem: (state, props) => {
    if (state.state === "absent") {
      return 'databaseEncryption is not set (the default state is DECRYPTED), so Kubernetes Secrets are not encrypted at the application layer with a Cloud KMS key. Set databaseEncryption { state: "ENCRYPTED", keyName }.';
    }
    if (String(state.value).toUpperCase() !== "ENCRYPTED") {
      return msg`databaseEncryption.state is ${show(state.value)}, so Kubernetes Secrets are not encrypted at the application layer with a Cloud KMS key. Set it to "ENCRYPTED" with a keyName.`;
    }
    const key = peek<string>(props, "databaseEncryption.keyName");
    if (key.state === "unknown") return undefined; // set (unknown counts as set)
    if (key.state === "absent" || key.value === "") {
      return 'databaseEncryption.state is "ENCRYPTED" but databaseEncryption.keyName is not set. Set keyName to a Cloud KMS crypto key.';
    }
    return undefined;
  },
});
