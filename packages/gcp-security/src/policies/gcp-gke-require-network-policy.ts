import { msg, peek, show } from "@rampart/policy-core";
import { standardClusterPolicy } from "../lib/gke";

/**
 * GKE clusters should enforce Kubernetes NetworkPolicy: `networkPolicy.enabled: true` (Calico) or
 * GKE Dataplane V2 (`datapathProvider: "ADVANCED_DATAPATH"`, which enforces it built in).
 * Autopilot clusters use Dataplane V2 and pass. Omitted, the datapath is `LEGACY_DATAPATH` with
 * no enforcement.
 */
export default standardClusterPolicy({
  name: "gcp-gke-require-network-policy",
  description: "GKE clusters should enforce network policies (Dataplane V2 or networkPolicy.enabled).",
  severity: "medium",
  enforcementLevel: "advisory",
  remediationSteps:
    'Set datapathProvider to "ADVANCED_DATAPATH" (GKE Dataplane V2, set at creation) or networkPolicy { enabled: true, provider: "CALICO" } with addonsConfig.networkPolicyConfig.disabled false; then write NetworkPolicy objects for your namespaces.',
  url: "https://cloud.google.com/kubernetes-engine/docs/how-to/network-policy",
  check: (props) => {
    const dp = peek<string>(props, "datapathProvider");
    if (dp.state === "known" && String(dp.value).toUpperCase() === "ADVANCED_DATAPATH") return undefined;
    const np = peek<boolean>(props, "networkPolicy.enabled");
    if (np.state === "known" && np.value === true) return undefined;
    if (dp.state === "unknown") return { unknown: "datapathProvider" };
    if (np.state === "unknown") return { unknown: "networkPolicy.enabled" };
    const datapath = dp.state === "known" ? msg`datapathProvider is ${show(dp.value)}` : "datapathProvider is not set (LEGACY_DATAPATH)";
    return `${datapath} and networkPolicy.enabled is not true, so NetworkPolicy objects are not enforced. Use datapathProvider ADVANCED_DATAPATH or enable networkPolicy.`;
  },
});
