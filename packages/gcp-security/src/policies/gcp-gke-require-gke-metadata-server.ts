import { nodeSettingPolicy } from "../lib/gke";

/**
 * GKE node pools should run the GKE metadata server (`nodeConfig.workloadMetadataConfig.mode:
 * "GKE_METADATA"`), which hides the node's credentials and the instance metadata from pods.
 * Reported when a pool sets `GCE_METADATA` (pods see the node's metadata and service account);
 * an omitted mode follows the cluster's Workload Identity (see gcp-gke-require-workload-identity).
 */
export default nodeSettingPolicy({
  name: "gcp-gke-require-gke-metadata-server",
  description: "GKE node pools should use the GKE metadata server (workloadMetadataConfig.mode GKE_METADATA), not GCE_METADATA.",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    'Set nodeConfig.workloadMetadataConfig { mode: "GKE_METADATA" } on each node pool (Workload Identity must be enabled on the cluster), or remove GCE_METADATA.',
  url: "https://cloud.google.com/kubernetes-engine/docs/how-to/protecting-cluster-metadata",
  setting: "workloadMetadataConfig.mode",
  unknown: "ask",
  problem: (mode, at) =>
    mode.state === "known" && String(mode.value).toUpperCase() === "GCE_METADATA"
      ? `${at} is GCE_METADATA, so pods can read the node's metadata and credentials. Set it to GKE_METADATA.`
      : undefined,
});
