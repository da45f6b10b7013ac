import { checkNodePools, GKE_CLUSTER, GKE_NODE_POOL, nodeSetting, sitePath } from "../lib/gke";
import { gcpPolicy } from "../policy";

/**
 * GKE nodes should boot with Secure Boot (`nodeConfig.shieldedInstanceConfig.enableSecureBoot:
 * true`; off by default on Standard clusters), so only signed boot components run. Autopilot
 * nodes have it always.
 */
export default gcpPolicy({
  name: "gcp-gke-require-node-secure-boot",
  description: "GKE node pools should enable Secure Boot (nodeConfig.shieldedInstanceConfig.enableSecureBoot true).",
  severity: "low",
  enforcementLevel: "advisory",
  remediationSteps:
    "Set nodeConfig.shieldedInstanceConfig { enableSecureBoot: true, enableIntegrityMonitoring: true } on each node pool (the pool's nodes are recreated).",
  url: "https://cloud.google.com/kubernetes-engine/docs/how-to/shielded-gke-nodes#secure_boot",
  resourceTypes: [GKE_CLUSTER, GKE_NODE_POOL],
  validateResource: ({ type, props }, report) =>
    checkNodePools(type, props, report, (site) => {
      const sb = nodeSetting<boolean>(props, site, "shieldedInstanceConfig.enableSecureBoot");
      if (sb.state === "unknown") return { unknown: `${site.nodeConfigPath}.shieldedInstanceConfig.enableSecureBoot` };
      if (sb.state === "known" && sb.value === true) return undefined;
      return `${sitePath(site, "shieldedInstanceConfig.enableSecureBoot")} is ${sb.state === "known" ? "false" : "not set (off by default)"}, so nodes boot without verifying boot components. Set it to true.`;
    }),
});
