import { msg, show } from "@rampart/policy-core";
import { checkNodePools, GKE_CLUSTER, GKE_NODE_POOL, nodeSetting, sitePath } from "../lib/gke";
import { gcpPolicy } from "../policy";

/**
 * GKE nodes should run Container-Optimized OS with containerd (`nodeConfig.imageType`
 * `COS_CONTAINERD`, GKE's default when omitted): a minimal, read-only, hardened image Google
 * patches. Ubuntu or Windows images are reported. Autopilot nodes always use COS.
 */
export default gcpPolicy({
  name: "gcp-gke-require-cos-node-image",
  description: "GKE node pools should use the Container-Optimized OS image (nodeConfig.imageType COS_CONTAINERD, the default).",
  severity: "low",
  enforcementLevel: "advisory",
  remediationSteps:
    'Remove nodeConfig.imageType (GKE then uses COS_CONTAINERD) or set it to "COS_CONTAINERD"; the pool\'s nodes are recreated. Keep another image only for workloads that need it (e.g. Windows containers).',
  url: "https://cloud.google.com/kubernetes-engine/docs/concepts/node-images",
  resourceTypes: [GKE_CLUSTER, GKE_NODE_POOL],
  validateResource: ({ type, props }, report) =>
    checkNodePools(type, props, report, (site) => {
      const img = nodeSetting<string>(props, site, "imageType");
      if (img.state === "unknown") return { unknown: `${site.nodeConfigPath}.imageType` };
      if (img.state === "absent" || img.value === "" || String(img.value).toUpperCase() === "COS_CONTAINERD") return undefined;
      return msg`${sitePath(site, "imageType")} is ${show(img.value)}, not Container-Optimized OS, so the nodes run a larger, writable OS image. Use "COS_CONTAINERD" (the default).`;
    }),
});
