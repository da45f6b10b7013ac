import { msg, show } from "@rampart/policy-core";
import { nodeSettingPolicy } from "../lib/gke";

/**
 * GKE nodes should run Container-Optimized OS with containerd (`nodeConfig.imageType`
 * `COS_CONTAINERD`, GKE's default when omitted): a minimal, read-only, hardened image Google
 * patches. Ubuntu or Windows images are reported. Autopilot nodes always use COS.
 */
export default nodeSettingPolicy({
  name: "gcp-gke-require-cos-node-image",
  description: "GKE node pools should use the Container-Optimized OS image (nodeConfig.imageType COS_CONTAINERD, the default).",
  severity: "low",
  enforcementLevel: "advisory",
  remediationSteps:
    'Remove nodeConfig.imageType (GKE then uses COS_CONTAINERD) or set it to "COS_CONTAINERD"; the pool\'s nodes are recreated. Keep another image only for workloads that need it (e.g. Windows containers).',
  url: "https://cloud.google.com/kubernetes-engine/docs/concepts/node-images",
  setting: "imageType",
  unknown: "ask",
  problem: (img, at) =>
    img.state === "absent" || img.value === "" || String(img.value).toUpperCase() === "COS_CONTAINERD"
      ? undefined
      : msg`${at} is ${show(img.value)}, not Container-Optimized OS, so the nodes run a larger, writable OS image. Use "COS_CONTAINERD" (the default).`,
});
