import { nodeSettingPolicy } from "../lib/gke";

/**
 * GKE node boot disks should be encrypted with a customer-managed Cloud KMS key
 * (`nodeConfig.bootDiskKmsKey`). Omitted, Google encrypts them with a Google-managed key. Autopilot
 * clusters (whose key is `clusterAutoscaling.autoProvisioningDefaults.bootDiskKmsKey`) are not
 * checked.
 */
export default nodeSettingPolicy({
  name: "gcp-gke-recommend-boot-disk-cmek",
  description: "GKE node pools should encrypt their boot disks with a customer-managed Cloud KMS key (nodeConfig.bootDiskKmsKey set).",
  severity: "low",
  enforcementLevel: "advisory",
  remediationSteps:
    "Set nodeConfig.bootDiskKmsKey to a Cloud KMS crypto key (projects/<p>/locations/<region>/keyRings/<ring>/cryptoKeys/<key>) and grant the Compute Engine service agent roles/cloudkms.cryptoKeyEncrypterDecrypter on it; the pool's nodes are recreated.",
  url: "https://cloud.google.com/kubernetes-engine/docs/how-to/using-cmek",
  setting: "bootDiskKmsKey",
  unknown: "set",
  problem: (key, at) =>
    key.state === "known" && key.value !== ""
      ? undefined
      : `${at} is not set, so the nodes' boot disks use a Google-managed key (the default). Set it to a Cloud KMS crypto key.`,
});
