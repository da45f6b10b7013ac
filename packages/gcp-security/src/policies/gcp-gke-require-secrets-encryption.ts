import { msg, peek, requireKnown, show } from "@rampart/policy-core";
import { GKE_CLUSTER } from "../lib/gke";
import { gcpPolicy } from "../policy";

/**
 * GKE clusters should encrypt Kubernetes Secrets at the application layer with a Cloud KMS key
 * (`databaseEncryption { state: "ENCRYPTED", keyName }`). Omitted, the state is `DECRYPTED`:
 * etcd is encrypted only by Google's default storage encryption, not with a key you control.
 * Applies to Autopilot clusters too.
 */
export default gcpPolicy({
  name: "gcp-gke-require-secrets-encryption",
  description: 'GKE clusters should encrypt Kubernetes Secrets with a Cloud KMS key (databaseEncryption.state "ENCRYPTED" with a keyName).',
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    'Set databaseEncryption { state: "ENCRYPTED", keyName: <Cloud KMS crypto key id in the cluster\'s region> } and grant the GKE service agent roles/cloudkms.cryptoKeyEncrypterDecrypter on the key.',
  url: "https://cloud.google.com/kubernetes-engine/docs/how-to/encrypting-secrets",
  resourceTypes: [GKE_CLUSTER],
  validateResource: ({ props }, report) => {
    const state = peek<string>(props, "databaseEncryption.state");
    if (state.state === "unknown") return requireKnown(props, "databaseEncryption.state");
    if (state.state === "absent") {
      report(
        'databaseEncryption is not set (the default state is DECRYPTED), so Kubernetes Secrets are not encrypted at the application layer with a Cloud KMS key. Set databaseEncryption { state: "ENCRYPTED", keyName }.',
      );
      return;
    }
    if (String(state.value).toUpperCase() !== "ENCRYPTED") {
      report(
        msg`databaseEncryption.state is ${show(state.value)}, so Kubernetes Secrets are not encrypted at the application layer with a Cloud KMS key. Set it to "ENCRYPTED" with a keyName.`,
      );
      return;
    }
    const key = peek<string>(props, "databaseEncryption.keyName");
    if (key.state === "unknown") return; // set (unknown counts as set)
    if (key.state === "absent" || key.value === "") {
      report('databaseEncryption.state is "ENCRYPTED" but databaseEncryption.keyName is not set. Set keyName to a Cloud KMS crypto key.');
    }
  },
});
