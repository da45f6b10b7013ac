import { checkNodePools, GKE_CLUSTER, GKE_NODE_POOL, nodeSetting, sitePath } from "../lib/gke";
import { gcpPolicy } from "../policy";

/**
 * GKE node boot disks should be encrypted with a customer-managed Cloud KMS key
 * (`nodeConfig.bootDiskKmsKey`). Omitted, Google encrypts them with a Google-managed key. Autopilot
 * clusters (whose key is `clusterAutoscaling.autoProvisioningDefaults.bootDiskKmsKey`) are not
 * checked.
 */
export default gcpPolicy({
  name: "gcp-gke-recommend-boot-disk-cmek",
  description: "GKE node pools should encrypt their boot disks with a customer-managed Cloud KMS key (nodeConfig.bootDiskKmsKey set).",
  severity: "low",
  enforcementLevel: "advisory",
  remediationSteps:
    "Set nodeConfig.bootDiskKmsKey to a Cloud KMS crypto key (projects/<p>/locations/<region>/keyRings/<ring>/cryptoKeys/<key>) and grant the Compute Engine service agent roles/cloudkms.cryptoKeyEncrypterDecrypter on it; the pool's nodes are recreated.",
  url: "https://cloud.google.com/kubernetes-engine/docs/how-to/using-cmek",
  resourceTypes: [GKE_CLUSTER, GKE_NODE_POOL],
  validateResource: ({ type, props }, report) =>
    checkNodePools(type, props, report, (site) => {
      const key = nodeSetting<string>(props, site, "bootDiskKmsKey");
      if (key.state === "unknown") return undefined; // set (unknown counts as set)
      if (key.state === "known" && key.value !== "") return undefined;
      return `${sitePath(site, "bootDiskKmsKey")} is not set, so the nodes' boot disks use a Google-managed key (the default). Set it to a Cloud KMS crypto key.`;
    }),
});
